using Hub.Contracts.Cases;
using Hub.Departments.Validation;
using Hub.ServiceDefaults.Privacy;

namespace Hub.Departments.Cases;

/// <summary>Open, close and reassign cases; shared by the HTTP endpoints and the broker ingest.</summary>
public sealed class CaseService(CitizenIdentity identity, TimeProvider time)
{
    public async Task<Outcome<CaseOpenedResponse>> OpenAsync(DepartmentContext department, OpenCaseRequest? request, Guid? messageId, CancellationToken ct)
    {
        if (request is null) return Validator.MissingBody();
        var now = time.GetUtcNow();
        var validation = new Validator()
            .Cpr("cpr", request.Cpr)
            .OneOf("caseType", request.CaseType, department.Profile.CaseTypes)
            .Identifier("caseworkerId", request.CaseworkerId)
            .Optional("caseworkerName", request.CaseworkerName, Validator.MaxNameLength)
            .Identifier("externalId", request.ExternalId, required: false)
            .NotInFuture("openedAt", request.OpenedAt, now);
        if (!validation.IsValid) return validation.Invalid();

        var citizenId = identity.CitizenIdOf(request.Cpr!);
        return await department.RunAsync<CaseOpenedResponse>(messageId, async work =>
        {
            // The same open retried at two instances at once: the second looks for the externalId after the first committed.
            if (request.ExternalId is not null) await work.SerializeOnAsync($"external:{request.ExternalId}");
            if (request.ExternalId is not null && await CaseStore.FindByExternalIdAsync(work, request.ExternalId) is { } existing)
            {
                // A retry from the department's system: same case, no second event.
                return existing.CitizenId == citizenId && existing.CaseType == request.CaseType
                    ? new CaseOpenedResponse(existing.CaseId)
                    : Refusal.Conflict("externalId already used.", "Another case with different content already has this externalId.");
            }

            var record = new CaseRecord(Guid.CreateVersion7(), citizenId, request.CaseType!, request.CaseworkerId!, request.CaseworkerName,
                CaseRecord.Open, request.OpenedAt ?? now, null, null, request.ExternalId, Sequence: 1);
            await CaseStore.InsertAsync(work, record);
            var opened = new CaseOpened(Guid.CreateVersion7(), department.Key, record.CaseId, citizenId, record.Sequence, now,
                record.CaseType, record.CaseworkerId, record.CaseworkerName, record.OpenedAt, record.ExternalId);
            await work.PublishAsync(opened, opened.EventId);
            await AdulthoodWatch.OnOpenedAsync(work, department.Profile, record, request.Cpr!, now);
            return new CaseOpenedResponse(record.CaseId);
        }, ct);
    }

    public async Task<Outcome<CaseClosedResponse>> CloseAsync(
        DepartmentContext department, Guid caseId, CloseCaseRequest? request, Guid? messageId, CancellationToken ct)
    {
        request ??= new CloseCaseRequest(null, null);
        var now = time.GetUtcNow();
        var validation = new Validator()
            .Optional("reason", request.Reason, Validator.MaxTextLength)
            .NotInFuture("closedAt", request.ClosedAt, now);
        if (!validation.IsValid) return validation.Invalid();

        return await department.ChangeOpenCaseAsync<CaseClosedResponse>(caseId, messageId, "it cannot be closed again", async (work, record) =>
        {
            var closedAt = request.ClosedAt ?? now;
            validation.NotBefore("closedAt", closedAt, "the case's openedAt", record.OpenedAt);
            if (!validation.IsValid) return validation.Invalid();

            await CaseStore.CloseAsync(work, caseId, closedAt, request.Reason);
            return CaseChange.Publishing(
                sequence => new CaseClosed(Guid.CreateVersion7(), department.Key, caseId, record.CitizenId, sequence, now, closedAt, request.Reason),
                new CaseClosedResponse(caseId, CaseRecord.Closed));
        }, ct);
    }

    public async Task<Outcome<CaseworkerChangedResponse>> ChangeCaseworkerAsync(
        DepartmentContext department, Guid caseId, ChangeCaseworkerRequest? request, Guid? messageId, CancellationToken ct)
    {
        if (request is null) return Validator.MissingBody();
        var validation = new Validator()
            .Identifier("caseworkerId", request.CaseworkerId)
            .Optional("caseworkerName", request.CaseworkerName, Validator.MaxNameLength);
        if (!validation.IsValid) return validation.Invalid();

        return await department.ChangeOpenCaseAsync<CaseworkerChangedResponse>(caseId, messageId, "its caseworker cannot change", async (work, record) =>
        {
            await CaseStore.ChangeCaseworkerAsync(work, caseId, request.CaseworkerId!, request.CaseworkerName);
            return CaseChange.Publishing(
                sequence => new CaseworkerChanged(Guid.CreateVersion7(), department.Key, caseId, record.CitizenId, sequence, time.GetUtcNow(),
                    request.CaseworkerId!, request.CaseworkerName),
                new CaseworkerChangedResponse(caseId, request.CaseworkerId!));
        }, ct);
    }
}
