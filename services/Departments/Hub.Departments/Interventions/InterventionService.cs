using Hub.Contracts.Interventions;
using Hub.Departments.Application;
using Hub.Departments.Cases;
using Hub.Departments.Goals;
using Hub.Departments.Validation;

namespace Hub.Departments.Interventions;

/// <summary>Add and end interventions on a case; shared by the HTTP endpoints and the broker ingest.</summary>
public sealed class InterventionService(TimeProvider time)
{
    public const int MaxGoalsPerIntervention = 50;

    public async Task<Outcome> AddAsync(DepartmentContext centre, Guid caseId, AddInterventionRequest? request, Guid? messageId, CancellationToken ct)
    {
        if (request is null) return new Validator().Add("body", "A JSON body is required.").Invalid();
        var validation = new Validator()
            .OneOf("type", request.Type, centre.Profile.InterventionTypes)
            .Required("legalBasis", request.LegalBasis, Validator.MaxNameLength)
            .Required("startsOn", request.StartsOn)
            .NotBefore("plannedEndOn", request.PlannedEndOn, "startsOn", request.StartsOn)
            .Optional("description", request.Description, Validator.MaxTextLength)
            .MaxCount("goalIds", request.GoalIds, MaxGoalsPerIntervention);
        if (!validation.IsValid) return validation.Invalid();

        await using var work = await centre.BeginOnceAsync(messageId, ct);
        if (work is null) return Outcome.AlreadyHandled;
        var (record, refusal) = await CaseService.OpenCaseAsync(work, caseId);
        if (refusal is not null) return refusal;
        foreach (var goalId in request.GoalIds ?? [])
        {
            if (!await GoalStore.ExistsAsync(work, caseId, goalId)) return Outcome.NotFound("Goal", goalId);
        }

        var now = time.GetUtcNow();
        var interventionId = Guid.CreateVersion7();
        await InterventionStore.InsertAsync(work, caseId, interventionId, request, now);
        var sequence = await CaseStore.NextSequenceAsync(work, caseId);
        var added = new InterventionAdded(Guid.CreateVersion7(), centre.Key, caseId, record!.CitizenId, sequence, now, interventionId,
            request.Type!, request.LegalBasis!, request.StartsOn!.Value, request.PlannedEndOn, request.Description, request.GoalIds ?? []);
        await work.PublishAsync(added, added.EventId);
        await work.CommitAsync(ct);
        return Outcome.Created($"/api/{centre.Key}/cases/{caseId}/interventions/{interventionId}", new { interventionId });
    }

    public async Task<Outcome> EndAsync(
        DepartmentContext centre, Guid caseId, Guid interventionId, EndInterventionRequest? request, Guid? messageId, CancellationToken ct)
    {
        request ??= new EndInterventionRequest(null, null);
        var now = time.GetUtcNow();
        var validation = new Validator()
            .Optional("reason", request.Reason, Validator.MaxTextLength)
            .NotInFuture("endedOn", request.EndedOn, now);
        if (!validation.IsValid) return validation.Invalid();

        await using var work = await centre.BeginOnceAsync(messageId, ct);
        if (work is null) return Outcome.AlreadyHandled;
        var (record, refusal) = await CaseService.OpenCaseAsync(work, caseId);
        if (refusal is not null) return refusal;
        if (await InterventionStore.FindAsync(work, caseId, interventionId) is not { } intervention) return Outcome.NotFound("Intervention", interventionId);
        if (intervention.IsEnded) return Outcome.Conflict("The intervention has ended.", $"Intervention {interventionId} ended on {intervention.EndedOn:yyyy-MM-dd}.");
        var endedOn = request.EndedOn ?? DateOnly.FromDateTime(now.UtcDateTime);
        validation.NotBefore("endedOn", endedOn, "the intervention's startsOn", intervention.StartsOn);
        if (!validation.IsValid) return validation.Invalid();

        await InterventionStore.EndAsync(work, interventionId, endedOn, request.Reason);
        var sequence = await CaseStore.NextSequenceAsync(work, caseId);
        var ended = new InterventionEnded(Guid.CreateVersion7(), centre.Key, caseId, record!.CitizenId, sequence, now, interventionId, endedOn, request.Reason);
        await work.PublishAsync(ended, ended.EventId);
        await work.CommitAsync(ct);
        return Outcome.Ok(new { interventionId, endedOn });
    }
}
