using Hub.Coordination.Access;
using Hub.Coordination.Citizens;
using Hub.Persistence;
using Hub.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Coordination.Plans;

public sealed record GoalsRequest(IReadOnlyList<string>? Goals, string? Why);

/// <summary>
/// The combined plan: read by the lead or by involved readers whose centre consent covers; the citizen's
/// own goals and the shared goals are edited here, each edit a new version.
/// </summary>
public static class PlanEndpoints
{
    private const int MaxGoals = 20;
    private const int MaxGoalLength = 500;

    public static void MapPlanEndpoints(this RouteGroupBuilder citizens)
    {
        citizens.MapGet("/{citizenId}/plan", GetPlan);
        citizens.MapGet("/{citizenId}/plan/versions", GetVersions);
        citizens.MapPut("/{citizenId}/plan/citizen-goals", (HttpContext http, string citizenId, GoalsRequest? request, PlanService plans, TimeProvider time,
            [FromKeyedServices(CoordinationModule.DatabaseName)] ModuleDatabase database, CancellationToken ct) =>
            SetGoals(http, citizenId, request, citizenGoals: true, plans, time, database, ct));
        citizens.MapPut("/{citizenId}/plan/shared-goals", (HttpContext http, string citizenId, GoalsRequest? request, PlanService plans, TimeProvider time,
            [FromKeyedServices(CoordinationModule.DatabaseName)] ModuleDatabase database, CancellationToken ct) =>
            SetGoals(http, citizenId, request, citizenGoals: false, plans, time, database, ct));
    }

    private static async Task<IResult> GetPlan(
        HttpContext http, string citizenId, PlanService plans, TimeProvider time,
        [FromKeyedServices(CoordinationModule.DatabaseName)] ModuleDatabase database, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var (work, access, problem) = await CitizenRead.BeginAsync(http, database, citizenId, "plan", now, ct);
        if (problem is not null) return problem;
        await using (work)
        {
            if (NotShared(access!) is { } notShared) return notShared;
            var plan = await plans.ReadAsync(work!, citizenId, now);
            if (plan is null) return Results.Problem(statusCode: 404, title: "No combined plan.", detail: "The citizen has never been coordinated.");
            await work!.CommitAsync(ct);
            return Results.Ok(plan);
        }
    }

    private static async Task<IResult> GetVersions(
        HttpContext http, string citizenId, TimeProvider time,
        [FromKeyedServices(CoordinationModule.DatabaseName)] ModuleDatabase database, CancellationToken ct)
    {
        var (work, access, problem) = await CitizenRead.BeginAsync(http, database, citizenId, "plan-versions", time.GetUtcNow(), ct);
        if (problem is not null) return problem;
        await using (work)
        {
            if (NotShared(access!) is { } notShared) return notShared;
            var versions = await PlanStore.VersionsAsync(work!, citizenId);
            await work!.CommitAsync(ct);
            return Results.Ok(new { citizenId, versions });
        }
    }

    private static async Task<IResult> SetGoals(
        HttpContext http, string citizenId, GoalsRequest? request, bool citizenGoals, PlanService plans, TimeProvider time,
        ModuleDatabase database, CancellationToken ct)
    {
        if (CitizenProblems.InvalidId(citizenId) is { } invalid) return invalid;
        var goals = request?.Goals;
        if (goals is null || goals.Count > MaxGoals || goals.Any(g => string.IsNullOrWhiteSpace(g) || g.Length > MaxGoalLength))
        {
            return CitizenProblems.Invalid("goals", $"'goals' must be a list of at most {MaxGoals} non-empty texts of at most {MaxGoalLength} characters.");
        }

        if (request!.Why is { Length: > 500 }) return CitizenProblems.Invalid("why", "'why' must be at most 500 characters.");

        var now = time.GetUtcNow();
        await using var work = await database.BeginAsync(ct);
        if (!await CitizenQueries.ExistsAsync(work, citizenId)) return CitizenProblems.UnknownCitizen();
        var access = await CitizenAccess.DecideAsync(work, http.User, citizenId, now);
        if (!access.Allowed) return CitizenProblems.Forbidden(access.Reason);
        if (NotShared(access) is { } notShared) return notShared;
        if (!await PlanStore.IsActiveAsync(work, citizenId))
        {
            return CitizenProblems.Conflict("No active combined plan.", "The citizen is not coordinated now, so the plan cannot change.");
        }

        var what = citizenGoals ? "citizen goals" : "shared goals";
        var why = string.IsNullOrWhiteSpace(request.Why) ? $"{what} updated" : $"{what} updated: {request.Why.Trim()}";
        var version = await plans.SetGoalsAsync(work, citizenId, citizenGoals, goals.Select(g => g.Trim()).ToList(), http.User.SubjectId() ?? "unknown", why, now);
        await work.CommitAsync(ct);
        return Results.Ok(new { citizenId, version });
    }

    private static IResult? NotShared(AccessDecision access) => access.SeesSharedData
        ? null
        : access.Consent.AllowsSharing
            ? CitizenProblems.Forbidden("The consent does not cover your centre, so the combined plan is not shared with you.")
            : CitizenProblems.Conflict("Awaiting consent.", $"Consent is '{access.Consent.Status}': no combined plan is shared.");
}
