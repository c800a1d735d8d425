using Hub.Contracts.Goals;
using Hub.Departments.Application;
using Hub.Departments.Cases;
using Hub.Departments.Validation;

namespace Hub.Departments.Goals;

/// <summary>Set goals and record progress on the FSIII scale; shared by the HTTP endpoints and the broker ingest.</summary>
public sealed class GoalService(TimeProvider time)
{
    public async Task<Outcome> AddAsync(DepartmentContext centre, Guid caseId, AddGoalRequest? request, Guid? messageId, CancellationToken ct)
    {
        if (request is null) return new Validator().Add("body", "A JSON body is required.").Invalid();
        var validation = new Validator()
            .Required("text", request.Text, Validator.MaxTextLength)
            .Optional("fsiiiCondition", request.FsiiiCondition, Validator.MaxNameLength)
            .Level("currentLevel", request.CurrentLevel)
            .Level("targetLevel", request.TargetLevel);
        if (!validation.IsValid) return validation.Invalid();

        await using var work = await centre.BeginOnceAsync(messageId, ct);
        if (work is null) return Outcome.AlreadyHandled;
        var (record, refusal) = await CaseService.OpenCaseAsync(work, caseId);
        if (refusal is not null) return refusal;

        var now = time.GetUtcNow();
        var goalId = Guid.CreateVersion7();
        await GoalStore.InsertAsync(work, caseId, goalId, request, now);
        var sequence = await CaseStore.NextSequenceAsync(work, caseId);
        var set = new GoalSet(Guid.CreateVersion7(), centre.Key, caseId, record!.CitizenId, sequence, now, goalId,
            request.Text!, request.FsiiiCondition, request.CurrentLevel, request.TargetLevel);
        await work.PublishAsync(set, set.EventId);
        await work.CommitAsync(ct);
        return Outcome.Created($"/api/{centre.Key}/cases/{caseId}/goals/{goalId}", new { goalId });
    }

    public async Task<Outcome> RecordProgressAsync(
        DepartmentContext centre, Guid caseId, Guid goalId, GoalProgressRequest? request, Guid? messageId, CancellationToken ct)
    {
        if (request is null) return new Validator().Add("body", "A JSON body is required.").Invalid();
        var validation = new Validator()
            .Level("currentLevel", request.CurrentLevel, required: true)
            .Optional("note", request.Note, Validator.MaxTextLength);
        if (!validation.IsValid) return validation.Invalid();

        await using var work = await centre.BeginOnceAsync(messageId, ct);
        if (work is null) return Outcome.AlreadyHandled;
        var (record, refusal) = await CaseService.OpenCaseAsync(work, caseId);
        if (refusal is not null) return refusal;
        if (!await GoalStore.ExistsAsync(work, caseId, goalId)) return Outcome.NotFound("Goal", goalId);

        var now = time.GetUtcNow();
        await GoalStore.RecordProgressAsync(work, goalId, request.CurrentLevel!.Value, request.Note, now);
        var sequence = await CaseStore.NextSequenceAsync(work, caseId);
        var progress = new GoalProgressRecorded(Guid.CreateVersion7(), centre.Key, caseId, record!.CitizenId, sequence, now, goalId,
            request.CurrentLevel.Value, request.Note);
        await work.PublishAsync(progress, progress.EventId);
        await work.CommitAsync(ct);
        return Outcome.Ok(new { goalId, currentLevel = request.CurrentLevel });
    }
}
