using Hub.Contracts.Interventions;
using Hub.Departments.Goals;
using Hub.Departments.Validation;

namespace Hub.Departments.Interventions;

/// <summary>Add and end interventions on a case; shared by the HTTP endpoints and the broker ingest.</summary>
public sealed class InterventionService(TimeProvider time)
{
    public const int MaxGoalsPerIntervention = 50;

    public async Task<Outcome<InterventionAddedResponse>> AddAsync(
        DepartmentContext department, Guid caseId, AddInterventionRequest? request, Guid? messageId, CancellationToken ct)
    {
        if (request is null) return Validator.MissingBody();
        var validation = new Validator()
            .OneOf("type", request.Type, department.Profile.InterventionTypes)
            .Required("legalBasis", request.LegalBasis, Validator.MaxNameLength)
            .Required("startsOn", request.StartsOn)
            .NotBefore("plannedEndOn", request.PlannedEndOn, "startsOn", request.StartsOn)
            .Optional("description", request.Description, Validator.MaxTextLength)
            .MaxCount("goalIds", request.GoalIds, MaxGoalsPerIntervention);
        if (!validation.IsValid) return validation.Invalid();

        return await department.ChangeOpenCaseAsync<InterventionAddedResponse>(caseId, messageId, "nothing can be added to it", async (work, record) =>
        {
            foreach (var goalId in request.GoalIds ?? [])
            {
                if (!await GoalStore.ExistsAsync(work, caseId, goalId)) return Refusal.NotFound("Goal", goalId);
            }

            var now = time.GetUtcNow();
            var interventionId = Guid.CreateVersion7();
            await InterventionStore.InsertAsync(work, caseId, interventionId, request, now);
            return CaseChange.Publishing(
                sequence => new InterventionAdded(Guid.CreateVersion7(), department.Key, caseId, record.CitizenId, sequence, now, interventionId,
                    request.Type!, request.LegalBasis!, request.StartsOn!.Value, request.PlannedEndOn, request.Description, request.GoalIds ?? []),
                new InterventionAddedResponse(interventionId));
        }, ct);
    }

    public async Task<Outcome<InterventionEndedResponse>> EndAsync(
        DepartmentContext department, Guid caseId, Guid interventionId, EndInterventionRequest? request, Guid? messageId, CancellationToken ct)
    {
        request ??= new EndInterventionRequest(null, null);
        var now = time.GetUtcNow();
        var validation = new Validator()
            .Optional("reason", request.Reason, Validator.MaxTextLength)
            .NotInFuture("endedOn", request.EndedOn, now);
        if (!validation.IsValid) return validation.Invalid();

        return await department.ChangeOpenCaseAsync<InterventionEndedResponse>(caseId, messageId, "nothing can be added to it", async (work, record) =>
        {
            if (await InterventionStore.FindAsync(work, caseId, interventionId) is not { } intervention) return Refusal.NotFound("Intervention", interventionId);
            if (intervention.IsEnded)
            {
                return Refusal.Conflict("The intervention has ended.", $"Intervention {interventionId} ended on {intervention.EndedOn:yyyy-MM-dd}.");
            }

            var endedOn = request.EndedOn ?? DateOnly.FromDateTime(now.UtcDateTime);
            validation.NotBefore("endedOn", endedOn, "the intervention's startsOn", intervention.StartsOn);
            if (!validation.IsValid) return validation.Invalid();

            await InterventionStore.EndAsync(work, interventionId, endedOn, request.Reason);
            return CaseChange.Publishing(
                sequence => new InterventionEnded(Guid.CreateVersion7(), department.Key, caseId, record.CitizenId, sequence, now, interventionId,
                    endedOn, request.Reason),
                new InterventionEndedResponse(interventionId, endedOn));
        }, ct);
    }
}
