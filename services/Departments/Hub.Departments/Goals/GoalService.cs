using Hub.Contracts.Goals;
using Hub.Departments.Validation;

namespace Hub.Departments.Goals;

/// <summary>Set goals and record progress on the FSIII scale; shared by the HTTP endpoints and the broker ingest.</summary>
public sealed class GoalService(TimeProvider time)
{
    private const string WhenClosed = "nothing can be added to it";

    public async Task<Outcome<GoalSetResponse>> AddAsync(DepartmentContext department, Guid caseId, AddGoalRequest? request, Guid? messageId, CancellationToken ct)
    {
        if (request is null) return Validator.MissingBody();
        var validation = new Validator()
            .Required("text", request.Text, Validator.MaxTextLength)
            .Optional("fsiiiCondition", request.FsiiiCondition, Validator.MaxNameLength)
            .Level("currentLevel", request.CurrentLevel)
            .Level("targetLevel", request.TargetLevel);
        if (!validation.IsValid) return validation.Invalid();

        return await department.ChangeOpenCaseAsync<GoalSetResponse>(caseId, messageId, WhenClosed, async (work, record) =>
        {
            var now = time.GetUtcNow();
            var goalId = Guid.CreateVersion7();
            await GoalStore.InsertAsync(work, caseId, goalId, request, now);
            return CaseChange.Publishing(
                sequence => new GoalSet(Guid.CreateVersion7(), department.Key, caseId, record.CitizenId, sequence, now, goalId,
                    request.Text!, request.FsiiiCondition, request.CurrentLevel, request.TargetLevel),
                new GoalSetResponse(goalId));
        }, ct);
    }

    public async Task<Outcome<GoalProgressResponse>> RecordProgressAsync(
        DepartmentContext department, Guid caseId, Guid goalId, GoalProgressRequest? request, Guid? messageId, CancellationToken ct)
    {
        if (request is null) return Validator.MissingBody();
        var validation = new Validator()
            .Level("currentLevel", request.CurrentLevel, required: true)
            .Optional("note", request.Note, Validator.MaxTextLength);
        if (!validation.IsValid) return validation.Invalid();

        var level = request.CurrentLevel!.Value;
        return await department.ChangeOpenCaseAsync<GoalProgressResponse>(caseId, messageId, WhenClosed, async (work, record) =>
        {
            if (!await GoalStore.ExistsAsync(work, caseId, goalId)) return Refusal.NotFound("Goal", goalId);

            var now = time.GetUtcNow();
            await GoalStore.RecordProgressAsync(work, goalId, level, request.Note, now);
            return CaseChange.Publishing(
                sequence => new GoalProgressRecorded(Guid.CreateVersion7(), department.Key, caseId, record.CitizenId, sequence, now, goalId,
                    level, request.Note),
                new GoalProgressResponse(goalId, level));
        }, ct);
    }
}
