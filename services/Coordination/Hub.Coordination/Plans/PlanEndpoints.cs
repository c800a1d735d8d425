using Hub.Api.Plans;
using Hub.Coordination.Access;
using Hub.ServiceDefaults.Errors;
using Hub.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hub.Coordination.Plans;

/// <summary>
/// The combined plan: read by the lead or by involved readers whose centre consent covers; the citizen's
/// own goals and the shared goals are edited here, each edit a new version.
/// </summary>
public static class PlanEndpoints
{
    private const int MaxGoals = 20;
    private const int MaxGoalLength = 500;
    private const int MaxWhyLength = 500;
    private const int DefaultPageSize = 50;
    private const int MaxPageSize = 200;

    public static void MapPlanEndpoints(this RouteGroupBuilder citizens)
    {
        citizens.MapGet("/{citizenId}/plan", GetPlan).WithCitizenRead("plan").ProducesProblem(StatusCodes.Status409Conflict);
        citizens.MapGet("/{citizenId}/plan/versions", GetVersions).WithCitizenRead("plan-versions").ProducesProblem(StatusCodes.Status409Conflict);
        citizens.MapGet("/{citizenId}/plan/versions/{version:int}", GetVersion).WithCitizenRead("plan-version").ProducesProblem(StatusCodes.Status409Conflict);
        citizens.MapPut("/{citizenId}/plan/citizen-goals", SetCitizenGoals).WithCitizenWrite("citizen-goals").ProducesProblem(StatusCodes.Status409Conflict);
        citizens.MapPut("/{citizenId}/plan/shared-goals", SetSharedGoals).WithCitizenWrite("shared-goals").ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static async Task<Results<Ok<CombinedPlan>, ProblemHttpResult>> GetPlan(HttpContext http, PlanService plans, CancellationToken ct)
    {
        var session = CitizenSession.Of(http);
        if (NotShared(session.Access) is { } notShared) return notShared;
        var plan = await plans.ReadAsync(session.Work, session.CitizenId, session.Access.Consent, session.Now);
        if (plan is null) return ApiProblems.NotFound("No combined plan.", "The citizen has never been coordinated.");
        return TypedResults.Ok(plan);
    }

    public static async Task<Results<Ok<PlanVersionsResponse>, ValidationProblem, ProblemHttpResult>> GetVersions(
        HttpContext http, [AsParameters] PlanVersionsQuery query, CancellationToken ct)
    {
        if (query.Offset is < 0) return ApiProblems.Invalid("offset", "'offset' must not be negative.");
        if (query.Limit is < 1 or > MaxPageSize) return ApiProblems.Invalid("limit", $"'limit' must be between 1 and {MaxPageSize}.");
        var session = CitizenSession.Of(http);
        if (NotShared(session.Access) is { } notShared) return notShared;
        var versions = await PlanStore.VersionsAsync(session.Work, session.CitizenId);
        var (offset, limit) = (query.Offset ?? 0, query.Limit ?? DefaultPageSize);
        return TypedResults.Ok(new PlanVersionsResponse(session.CitizenId, versions.Skip(offset).Take(limit).ToList(), versions.Count, offset, limit));
    }

    /// <summary>One earlier version of the plan as it was saved, so two versions can be compared.</summary>
    public static async Task<Results<Ok<CombinedPlan>, ProblemHttpResult>> GetVersion(HttpContext http, int version, CancellationToken ct)
    {
        var session = CitizenSession.Of(http);
        if (NotShared(session.Access) is { } notShared) return notShared;
        var plan = await PlanStore.VersionAsync(session.Work, session.CitizenId, version);
        if (plan is null) return ApiProblems.NotFound("No such plan version.", $"The combined plan has no version {version}.");
        return TypedResults.Ok(plan);
    }

    public static Task<Results<Ok<PlanVersionCreated>, ValidationProblem, ProblemHttpResult>> SetCitizenGoals(
        HttpContext http, GoalsRequest? request, PlanService plans, CancellationToken ct) =>
        SetGoalsAsync(http, request, citizenGoals: true, plans, ct);

    public static Task<Results<Ok<PlanVersionCreated>, ValidationProblem, ProblemHttpResult>> SetSharedGoals(
        HttpContext http, GoalsRequest? request, PlanService plans, CancellationToken ct) =>
        SetGoalsAsync(http, request, citizenGoals: false, plans, ct);

    private static async Task<Results<Ok<PlanVersionCreated>, ValidationProblem, ProblemHttpResult>> SetGoalsAsync(
        HttpContext http, GoalsRequest? request, bool citizenGoals, PlanService plans, CancellationToken ct)
    {
        if (request?.Goals is not { } goals || goals.Count > MaxGoals || goals.Any(g => string.IsNullOrWhiteSpace(g) || g.Length > MaxGoalLength))
        {
            return ApiProblems.Invalid("goals", $"'goals' must be a list of at most {MaxGoals} non-empty texts of at most {MaxGoalLength} characters.");
        }

        if (request.Why is { Length: > MaxWhyLength }) return ApiProblems.Invalid("why", $"'why' must be at most {MaxWhyLength} characters.");

        var session = CitizenSession.Of(http);
        var (work, citizenId, now) = (session.Writes, session.CitizenId, session.Now);
        if (NotShared(session.Access) is { } notShared) return notShared;
        if (!await PlanStore.IsActiveAsync(work, citizenId))
        {
            return ApiProblems.Conflict("No active combined plan.", "The citizen is not coordinated now, so the plan cannot change.");
        }

        var why = Explanation.Of(
            citizenGoals ? PlanVersionReasonCodes.CitizenGoalsUpdated : PlanVersionReasonCodes.SharedGoalsUpdated,
            (ExplanationArgs.Text, string.IsNullOrWhiteSpace(request.Why) ? null : request.Why.Trim()));
        var version = await plans.SetGoalsAsync(
            work, citizenId, session.Access.Citizen, citizenGoals, goals.Select(g => g.Trim()).ToList(), http.User.SubjectId() ?? "unknown", why, now);
        return TypedResults.Ok(new PlanVersionCreated(citizenId, version));
    }

    private static ProblemHttpResult? NotShared(AccessDecision access) => access.SeesSharedData
        ? null
        : access.Consent.AllowsSharing
            ? ApiProblems.Forbidden("The consent does not cover your centre, so the combined plan is not shared with you.")
            : ApiProblems.Conflict("Awaiting consent.", $"Consent is '{access.Consent.Status}': no combined plan is shared.");
}
