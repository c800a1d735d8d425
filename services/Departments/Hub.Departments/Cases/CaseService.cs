using Hub.Contracts.Cases;
using Hub.Departments.Application;
using Hub.Departments.Validation;
using Hub.ServiceDefaults.Privacy;

namespace Hub.Departments.Cases;

/// <summary>Open, close and reassign cases; shared by the HTTP endpoints and the broker ingest.</summary>
public sealed class CaseService(CitizenIdentity identity, TimeProvider time)
{
    public async Task<Outcome> OpenAsync(DepartmentContext centre, OpenCaseRequest? request, Guid? messageId, CancellationToken ct)
    {
        if (request is null) return new Validator().Add("body", "A JSON body is required.").Invalid();
        var now = time.GetUtcNow();
        var validation = new Validator()
            .Cpr("cpr", request.Cpr)
            .OneOf("caseType", request.CaseType, centre.Profile.CaseTypes)
            .Identifier("caseworkerId", request.CaseworkerId)
            .Optional("caseworkerName", request.CaseworkerName, Validator.MaxNameLength)
            .Identifier("externalId", request.ExternalId, required: false)
            .NotInFuture("openedAt", request.OpenedAt, now);
        if (!validation.IsValid) return validation.Invalid();

        var citizenId = identity.CitizenIdOf(request.Cpr!);
        await using var work = await centre.BeginOnceAsync(messageId, ct);
        if (work is null) return Outcome.AlreadyHandled;
        if (request.ExternalId is not null && await CaseStore.FindByExternalIdAsync(work, request.ExternalId) is { } existing)
        {
            // A retry from the centre's system: same case, no second event.
            if (existing.CitizenId != citizenId || existing.CaseType != request.CaseType)
            {
                return Outcome.Conflict("externalId already used.", "Another case with different content already has this externalId.");
            }

            await work.CommitAsync(ct);
            return Outcome.Created($"/api/{centre.Key}/cases/{existing.CaseId}", new { caseId = existing.CaseId });
        }

        var record = new CaseRecord(Guid.CreateVersion7(), citizenId, request.CaseType!, request.CaseworkerId!, request.CaseworkerName,
            CaseRecord.Open, request.OpenedAt ?? now, null, null, request.ExternalId, Sequence: 1);
        await CaseStore.InsertAsync(work, record);
        var opened = new CaseOpened(Guid.CreateVersion7(), centre.Key, record.CaseId, citizenId, record.Sequence, now,
            record.CaseType, record.CaseworkerId, record.CaseworkerName, record.OpenedAt, record.ExternalId);
        await work.PublishAsync(opened, opened.EventId);
        await AdulthoodWatch.OnOpenedAsync(work, centre.Profile, record, request.Cpr!, now);
        await work.CommitAsync(ct);
        return Outcome.Created($"/api/{centre.Key}/cases/{record.CaseId}", new { caseId = record.CaseId });
    }

    public async Task<Outcome> CloseAsync(DepartmentContext centre, Guid caseId, CloseCaseRequest? request, Guid? messageId, CancellationToken ct)
    {
        request ??= new CloseCaseRequest(null, null);
        var now = time.GetUtcNow();
        var validation = new Validator()
            .Optional("reason", request.Reason, Validator.MaxTextLength)
            .NotInFuture("closedAt", request.ClosedAt, now);
        if (!validation.IsValid) return validation.Invalid();

        await using var work = await centre.BeginOnceAsync(messageId, ct);
        if (work is null) return Outcome.AlreadyHandled;
        if (await CaseStore.FindAsync(work, caseId) is not { } record) return Outcome.NotFound("Case", caseId);
        if (record.IsClosed) return Outcome.Conflict("The case is closed.", $"Case {caseId} was closed on {record.ClosedAt:yyyy-MM-dd}.");
        var closedAt = request.ClosedAt ?? now;
        validation.NotBefore("closedAt", closedAt, "the case's openedAt", record.OpenedAt);
        if (!validation.IsValid) return validation.Invalid();

        await CaseStore.CloseAsync(work, caseId, closedAt, request.Reason);
        var sequence = await CaseStore.NextSequenceAsync(work, caseId);
        var closed = new CaseClosed(Guid.CreateVersion7(), centre.Key, caseId, record.CitizenId, sequence, now, closedAt, request.Reason);
        await work.PublishAsync(closed, closed.EventId);
        await work.CommitAsync(ct);
        return Outcome.Ok(new { caseId, status = CaseRecord.Closed });
    }

    public async Task<Outcome> ChangeCaseworkerAsync(
        DepartmentContext centre, Guid caseId, ChangeCaseworkerRequest? request, Guid? messageId, CancellationToken ct)
    {
        if (request is null) return new Validator().Add("body", "A JSON body is required.").Invalid();
        var validation = new Validator()
            .Identifier("caseworkerId", request.CaseworkerId)
            .Optional("caseworkerName", request.CaseworkerName, Validator.MaxNameLength);
        if (!validation.IsValid) return validation.Invalid();

        await using var work = await centre.BeginOnceAsync(messageId, ct);
        if (work is null) return Outcome.AlreadyHandled;
        if (await CaseStore.FindAsync(work, caseId) is not { } record) return Outcome.NotFound("Case", caseId);
        if (record.IsClosed) return Outcome.Conflict("The case is closed.", $"Case {caseId} is closed; its caseworker cannot change.");

        await CaseStore.ChangeCaseworkerAsync(work, caseId, request.CaseworkerId!, request.CaseworkerName);
        var sequence = await CaseStore.NextSequenceAsync(work, caseId);
        var changed = new CaseworkerChanged(Guid.CreateVersion7(), centre.Key, caseId, record.CitizenId, sequence, time.GetUtcNow(),
            request.CaseworkerId!, request.CaseworkerName);
        await work.PublishAsync(changed, changed.EventId);
        await work.CommitAsync(ct);
        return Outcome.Ok(new { caseId, caseworkerId = request.CaseworkerId });
    }

    /// <summary>An open case of this centre that a new item may be added to, or why not.</summary>
    public static async Task<(CaseRecord? Case, Outcome? Refusal)> OpenCaseAsync(Hub.Persistence.UnitOfWork work, Guid caseId)
    {
        if (await CaseStore.FindAsync(work, caseId) is not { } record) return (null, Outcome.NotFound("Case", caseId));
        return record.IsClosed
            ? (null, Outcome.Conflict("The case is closed.", $"Case {caseId} was closed on {record.ClosedAt:yyyy-MM-dd}; nothing can be added to it."))
            : (record, null);
    }
}
