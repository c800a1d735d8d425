using Hub.Contracts.Cases;
using Hub.Departments.Validation;
using Hub.ServiceDefaults.Privacy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hub.Departments.Cases;

/// <summary><c>/api/{department}/cases</c>: what a centre's system reports about its cases.</summary>
public static class CaseEndpoints
{
    public static RouteGroupBuilder MapCaseEndpoints(this RouteGroupBuilder department)
    {
        department.MapPost("/cases", OpenCase);
        department.MapGet("/cases/{caseId:guid}", GetCase);
        department.MapPost("/cases/{caseId:guid}/close", CloseCase);
        department.MapPut("/cases/{caseId:guid}/caseworker", ChangeCaseworker);
        return department;
    }

    private static async Task<IResult> OpenCase(
        string department, OpenCaseRequest? request, IServiceProvider services, CitizenIdentity identity, TimeProvider time, CancellationToken ct)
    {
        if (DepartmentContext.Resolve(services, department) is not { } centre) return Problems.NotServed(department);
        if (request is null) return new Validator().Add("body", "A JSON body is required.").Problem();

        var now = time.GetUtcNow();
        var validation = new Validator()
            .Cpr("cpr", request.Cpr)
            .OneOf("caseType", request.CaseType, centre.Profile.CaseTypes)
            .Identifier("caseworkerId", request.CaseworkerId)
            .Optional("caseworkerName", request.CaseworkerName, Validator.MaxNameLength)
            .Identifier("externalId", request.ExternalId, required: false)
            .NotInFuture("openedAt", request.OpenedAt, now);
        if (!validation.IsValid) return validation.Problem();

        var citizenId = identity.CitizenIdOf(request.Cpr!);
        await using var work = await centre.Database.BeginAsync(ct);
        if (request.ExternalId is not null && await CaseStore.FindByExternalIdAsync(work, request.ExternalId) is { } existing)
        {
            // A retry from the centre's system: same case, no second event.
            return existing.CitizenId == citizenId && existing.CaseType == request.CaseType
                ? Results.Created($"/api/{centre.Key}/cases/{existing.CaseId}", new { caseId = existing.CaseId })
                : Problems.Conflict("externalId already used.", "Another case with different content already has this externalId.");
        }

        var record = new CaseRecord(Guid.CreateVersion7(), citizenId, request.CaseType!, request.CaseworkerId!, request.CaseworkerName,
            CaseRecord.Open, request.OpenedAt ?? now, null, null, request.ExternalId, Sequence: 1);
        await CaseStore.InsertAsync(work, record);
        var opened = new CaseOpened(Guid.CreateVersion7(), centre.Key, record.CaseId, citizenId, record.Sequence, now,
            record.CaseType, record.CaseworkerId, record.CaseworkerName, record.OpenedAt, record.ExternalId);
        await work.PublishAsync(opened, opened.EventId);
        await work.CommitAsync(ct);
        return Results.Created($"/api/{centre.Key}/cases/{record.CaseId}", new { caseId = record.CaseId });
    }

    private static async Task<IResult> GetCase(string department, Guid caseId, IServiceProvider services, CancellationToken ct)
    {
        if (DepartmentContext.Resolve(services, department) is not { } centre) return Problems.NotServed(department);
        await using var work = await centre.Database.BeginAsync(ct);
        return await CaseStore.FindAsync(work, caseId) is { } record ? Results.Ok(record) : Problems.NotFound("Case", caseId);
    }

    private static async Task<IResult> CloseCase(
        string department, Guid caseId, CloseCaseRequest? request, IServiceProvider services, TimeProvider time, CancellationToken ct)
    {
        if (DepartmentContext.Resolve(services, department) is not { } centre) return Problems.NotServed(department);
        request ??= new CloseCaseRequest(null, null);
        var now = time.GetUtcNow();
        var validation = new Validator()
            .Optional("reason", request.Reason, Validator.MaxTextLength)
            .NotInFuture("closedAt", request.ClosedAt, now);
        if (!validation.IsValid) return validation.Problem();

        await using var work = await centre.Database.BeginAsync(ct);
        if (await CaseStore.FindAsync(work, caseId) is not { } record) return Problems.NotFound("Case", caseId);
        if (record.IsClosed) return Problems.Conflict("The case is closed.", $"Case {caseId} was closed on {record.ClosedAt:yyyy-MM-dd}.");
        var closedAt = request.ClosedAt ?? now;
        validation.NotBefore("closedAt", closedAt, "the case's openedAt", record.OpenedAt);
        if (!validation.IsValid) return validation.Problem();

        await CaseStore.CloseAsync(work, caseId, closedAt, request.Reason);
        var sequence = await CaseStore.NextSequenceAsync(work, caseId);
        var closed = new CaseClosed(Guid.CreateVersion7(), centre.Key, caseId, record.CitizenId, sequence, now, closedAt, request.Reason);
        await work.PublishAsync(closed, closed.EventId);
        await work.CommitAsync(ct);
        return Results.Ok(new { caseId, status = CaseRecord.Closed });
    }

    private static async Task<IResult> ChangeCaseworker(
        string department, Guid caseId, ChangeCaseworkerRequest? request, IServiceProvider services, TimeProvider time, CancellationToken ct)
    {
        if (DepartmentContext.Resolve(services, department) is not { } centre) return Problems.NotServed(department);
        if (request is null) return new Validator().Add("body", "A JSON body is required.").Problem();
        var validation = new Validator()
            .Identifier("caseworkerId", request.CaseworkerId)
            .Optional("caseworkerName", request.CaseworkerName, Validator.MaxNameLength);
        if (!validation.IsValid) return validation.Problem();

        await using var work = await centre.Database.BeginAsync(ct);
        if (await CaseStore.FindAsync(work, caseId) is not { } record) return Problems.NotFound("Case", caseId);
        if (record.IsClosed) return Problems.Conflict("The case is closed.", $"Case {caseId} is closed; its caseworker cannot change.");

        await CaseStore.ChangeCaseworkerAsync(work, caseId, request.CaseworkerId!, request.CaseworkerName);
        var sequence = await CaseStore.NextSequenceAsync(work, caseId);
        var changed = new CaseworkerChanged(Guid.CreateVersion7(), centre.Key, caseId, record.CitizenId, sequence, time.GetUtcNow(),
            request.CaseworkerId!, request.CaseworkerName);
        await work.PublishAsync(changed, changed.EventId);
        await work.CommitAsync(ct);
        return Results.Ok(new { caseId, caseworkerId = request.CaseworkerId });
    }
}
