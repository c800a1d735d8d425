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
/// everything after uses the opaque citizen id.
/// </summary>
public static class CitizenEndpoints
{
    public static IEndpointRouteBuilder MapCitizenEndpoints(this IEndpointRouteBuilder app)
    {
        var citizens = app.MapGroup("/api/citizens").RequireAuthorization(HubPolicies.CitizenReader).WithTags("Citizens");
        citizens.MapPost("/lookup", Lookup);
        citizens.MapGet("/{citizenId}", GetCitizen);
        citizens.MapGet("/{citizenId}/timeline", GetTimeline);
        return app;
    }

    private static async Task<IResult> Lookup(
        LookupRequest? request, CitizenIdentity identity,
        [FromKeyedServices(CoordinationModule.DatabaseName)] ModuleDatabase database, CancellationToken ct)
    {
        if (Cpr.Validate(request?.Cpr) is { } error)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["cpr"] = [error] }, title: "The request is not valid.");
        }

        var citizenId = identity.CitizenIdOf(request!.Cpr!);
        await using var work = await database.BeginAsync(ct);
        return await CitizenQueries.ExistsAsync(work, citizenId)
            ? Results.Ok(new { citizenId })
            : Results.Problem(statusCode: 404, title: "Citizen not known.", detail: "The hub has never received an event about this citizen.");
    }

    private static async Task<IResult> GetCitizen(
        string citizenId, [FromKeyedServices(CoordinationModule.DatabaseName)] ModuleDatabase database, CancellationToken ct)
    {
        if (InvalidId(citizenId) is { } invalid) return invalid;
        await using var work = await database.BeginAsync(ct);
        return await CitizenQueries.ViewAsync(work, citizenId) is { } view ? Results.Ok(view) : UnknownCitizen();
    }

    private static async Task<IResult> GetTimeline(
        string citizenId, DateTimeOffset? before, int? limit,
        [FromKeyedServices(CoordinationModule.DatabaseName)] ModuleDatabase database, CancellationToken ct)
    {
        if (InvalidId(citizenId) is { } invalid) return invalid;
        if (limit is < 1 or > 200)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["'limit' must be between 1 and 200."] });
        }

        await using var work = await database.BeginAsync(ct);
        if (!await CitizenQueries.ExistsAsync(work, citizenId)) return UnknownCitizen();
        var entries = await Timeline.PageAsync(work, citizenId, before, limit ?? 50);
        return Results.Ok(new { citizenId, entries, nextBefore = entries.Count == (limit ?? 50) ? entries[^1].OccurredAt : (DateTimeOffset?)null });
    }

    private static IResult? InvalidId(string citizenId) => CitizenIdentity.LooksLikeCitizenId(citizenId)
        ? null
        : Results.ValidationProblem(
            new Dictionary<string, string[]> { ["citizenId"] = ["'citizenId' must be an opaque citizen id from POST /api/citizens/lookup."] },
            title: "The request is not valid.");

    private static IResult UnknownCitizen() =>
        Results.Problem(statusCode: 404, title: "Citizen not known.", detail: "The hub has no citizen with this id.");
}
