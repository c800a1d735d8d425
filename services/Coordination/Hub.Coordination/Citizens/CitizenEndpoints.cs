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
        // A cast, since a handler taking only HttpContext would otherwise be taken for a RequestDelegate.
        citizens.MapGet("/{citizenId}", (Delegate)GetCitizen).WithCitizenRead("view");
        citizens.MapGet("/{citizenId}/timeline", GetTimeline).WithCitizenRead("timeline");
        return citizens;
    }

    /// <summary>
    /// The CPR's citizen id, for a reader with a need to know. An unknown citizen and one the reader may not read get the
    /// same 404, so the lookup tells nobody whether a person is a client anywhere; every lookup is logged, found or not.
    /// </summary>
    public static async Task<Results<Ok<LookupResponse>, ValidationProblem, ProblemHttpResult>> Lookup(
        HttpContext http, LookupRequest? request, CitizenIdentity identity)
    {
        var (purpose, problem) = Purpose.Of(http);
        if (purpose is null) return AccessLog.InvalidPurpose(problem!);
        var error = Cpr.Validate(request?.Cpr);
        if (error is not null || request?.Cpr is not { } cpr) return ApiProblems.Invalid("cpr", error ?? "The CPR number is required.");

        var citizenId = identity.CitizenIdOf(cpr);
        return await CitizenAccessPath.ReadAsync<Results<Ok<LookupResponse>, ValidationProblem, ProblemHttpResult>>(
            http, citizenId, "lookup", purpose,
            _ => Task.FromResult<Results<Ok<LookupResponse>, ValidationProblem, ProblemHttpResult>>(TypedResults.Ok(new LookupResponse(citizenId))),
            (_, _) => ApiProblems.NotFound("Citizen not found.", "No citizen with this CPR number that you have a need to know about: the hub has no case of your centre with them."));
    }

    public static async Task<Ok<CitizenView>> GetCitizen(HttpContext http) =>
        TypedResults.Ok(await CitizenQueries.ViewAsync(CitizenSession.Of(http)));

    public static async Task<Results<Ok<TimelinePage>, ValidationProblem>> GetTimeline(HttpContext http, [AsParameters] TimelineQuery query)
    {
        if (query.Limit is < 1 or > MaxPageSize) return ApiProblems.Invalid("limit", $"'limit' must be between 1 and {MaxPageSize}.");
        var session = CitizenSession.Of(http);
        var access = session.Access;
        var pageSize = query.Limit ?? DefaultPageSize;
        var entries = await Timeline.PageAsync(
            session.Work, session.CitizenId, access.VisibleDepartments, query.Before, query.BeforeEventId, pageSize);

        // Entries can share a timestamp, so the cursor is the last entry's time and event id together.
        var full = entries.Count == pageSize;
        return TypedResults.Ok(new TimelinePage(session.CitizenId, entries, full ? entries[^1].OccurredAt : null, full ? entries[^1].EventId : null));
    }
}
