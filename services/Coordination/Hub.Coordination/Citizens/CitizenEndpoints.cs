using Hub.Api.Citizens;
using Hub.Coordination.Access;
using Hub.Coordination.Registry;
using Hub.Persistence;
using Hub.ServiceDefaults.Errors;
using Hub.ServiceDefaults.Privacy;
using Hub.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Coordination.Citizens;

/// <summary>
/// <c>/api/citizens</c>: the only place a caseworker's tool hands the hub a CPR is the lookup body;
/// everything after uses the opaque citizen id and goes through the <see cref="CitizenAccessPath"/>.
/// </summary>
public static class CitizenEndpoints
{
    private const int DefaultPageSize = 50;
    private const int MaxPageSize = 200;

    public static RouteGroupBuilder MapCitizenEndpoints(this IEndpointRouteBuilder app)
    {
        var citizens = app.MapGroup("/api/citizens").RequireAuthorization(HubPolicies.CitizenReader).WithTags("Citizens");
        citizens.MapPost("/lookup", Lookup).ProducesProblem(StatusCodes.Status404NotFound);
        citizens.MapGet("/{citizenId}", GetCitizen).WithCitizenAccess("view");
        citizens.MapGet("/{citizenId}/timeline", GetTimeline).WithCitizenAccess("timeline");
        return citizens;
    }

    public static async Task<Results<Ok<LookupResponse>, ValidationProblem, ProblemHttpResult>> Lookup(
        HttpContext http, LookupRequest? request, CitizenIdentity identity, TimeProvider time,
        [FromKeyedServices(CoordinationModule.DatabaseName)] ModuleDatabase database, CancellationToken ct)
    {
        if (AccessLog.PurposeOf(http) is not { } purpose) return AccessLog.MissingPurpose();
        var error = Cpr.Validate(request?.Cpr);
        if (error is not null || request?.Cpr is not { } cpr) return ApiProblems.Invalid("cpr", error ?? "The CPR number is required.");

        var citizenId = identity.CitizenIdOf(cpr);
        await using var work = await database.BeginAsync(ct);
        if (!await CitizenQueries.ExistsAsync(work, citizenId))
        {
            return ApiProblems.NotFound("Citizen not known.", "The hub has never received an event about this citizen.");
        }

        await AccessLog.AppendAsync(work, http.User, citizenId, "lookup", purpose, time.GetUtcNow());
        await work.CommitAsync(ct);
        return TypedResults.Ok(new LookupResponse(citizenId));
    }

    public static async Task<Ok<CitizenView>> GetCitizen(HttpContext http, CancellationToken ct)
    {
        var session = CitizenSession.Of(http);
        var view = await CitizenQueries.ViewAsync(session);
        await session.Work.CommitAsync(ct);
        return TypedResults.Ok(view);
    }

    public static async Task<Results<Ok<TimelinePage>, ValidationProblem>> GetTimeline(HttpContext http, [AsParameters] TimelineQuery query, CancellationToken ct)
    {
        if (query.Limit is < 1 or > MaxPageSize) return ApiProblems.Invalid("limit", $"'limit' must be between 1 and {MaxPageSize}.");
        var session = CitizenSession.Of(http);
        var access = session.Access;
        var pageSize = query.Limit ?? DefaultPageSize;
        var entries = await Timeline.PageAsync(
            session.Work, session.CitizenId, access.IsLead ? null : access.VisibleDepartments, query.Before, query.BeforeEventId, pageSize);
        await session.Work.CommitAsync(ct);

        // Entries can share a timestamp, so the cursor is the last entry's time and event id together.
        var full = entries.Count == pageSize;
        return TypedResults.Ok(new TimelinePage(session.CitizenId, entries, full ? entries[^1].OccurredAt : null, full ? entries[^1].EventId : null));
    }
}
