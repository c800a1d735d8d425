using Hub.Coordination.Access;
using Hub.Coordination.Plans;
using Hub.Coordination.Registry;
using Hub.Persistence;
using Hub.ServiceDefaults.Privacy;
using Hub.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Coordination.Citizens;

public sealed record LookupRequest(string? Cpr);

/// <summary>
/// <c>/api/citizens</c>: the only place a caseworker's tool hands the hub a CPR is the lookup body;
/// everything after uses the opaque citizen id. Every read needs <c>X-Purpose</c> and is logged.
/// </summary>
public static class CitizenEndpoints
{
    public static RouteGroupBuilder MapCitizenEndpoints(this IEndpointRouteBuilder app)
    {
        var citizens = app.MapGroup("/api/citizens").RequireAuthorization(HubPolicies.CitizenReader).WithTags("Citizens");
        citizens.MapPost("/lookup", Lookup);
        citizens.MapGet("/{citizenId}", GetCitizen);
        citizens.MapGet("/{citizenId}/timeline", GetTimeline);
        return citizens;
    }

    private static async Task<IResult> Lookup(
        HttpContext http, LookupRequest? request, CitizenIdentity identity, TimeProvider time,
        [FromKeyedServices(CoordinationModule.DatabaseName)] ModuleDatabase database, CancellationToken ct)
    {
        var (purpose, missing) = AccessLog.PurposeOf(http);
        if (missing is not null) return missing;
        if (Cpr.Validate(request?.Cpr) is { } error) return CitizenProblems.Invalid("cpr", error);

        var citizenId = identity.CitizenIdOf(request!.Cpr!);
        await using var work = await database.BeginAsync(ct);
        if (!await CitizenQueries.ExistsAsync(work, citizenId))
        {
            return Results.Problem(statusCode: 404, title: "Citizen not known.", detail: "The hub has never received an event about this citizen.");
        }

        await AccessLog.AppendAsync(work, http.User, citizenId, "lookup", purpose!, time.GetUtcNow());
        await work.CommitAsync(ct);
        return Results.Ok(new { citizenId });
    }

    private static async Task<IResult> GetCitizen(
        HttpContext http, string citizenId, PlanService plans, TimeProvider time,
        [FromKeyedServices(CoordinationModule.DatabaseName)] ModuleDatabase database, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var (work, access, problem) = await CitizenRead.BeginAsync(http, database, citizenId, "view", now, ct);
        if (problem is not null) return problem;
        await using (work)
        {
            var view = await CitizenQueries.ViewAsync(work!, citizenId, access!, plans, now);
            await work!.CommitAsync(ct);
            return Results.Ok(view);
        }
    }

    private static async Task<IResult> GetTimeline(
        HttpContext http, string citizenId, DateTimeOffset? before, Guid? beforeEventId, int? limit, TimeProvider time,
        [FromKeyedServices(CoordinationModule.DatabaseName)] ModuleDatabase database, CancellationToken ct)
    {
        if (limit is < 1 or > 200) return CitizenProblems.Invalid("limit", "'limit' must be between 1 and 200.");
        var (work, access, problem) = await CitizenRead.BeginAsync(http, database, citizenId, "timeline", time.GetUtcNow(), ct);
        if (problem is not null) return problem;
        await using (work)
        {
            var pageSize = limit ?? 50;
            var entries = await Timeline.PageAsync(work!, citizenId, access!.IsLead ? null : access.VisibleDepartments, before, beforeEventId, pageSize);
            await work!.CommitAsync(ct);
            // Entries can share a timestamp, so the cursor is the last entry's time and event id together.
            var full = entries.Count == pageSize;
            return Results.Ok(new
            {
                citizenId, entries,
                nextBefore = full ? entries[^1].OccurredAt : (DateTimeOffset?)null,
                nextBeforeEventId = full ? entries[^1].EventId : (Guid?)null,
            });
        }
    }
}
