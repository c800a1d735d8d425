using Hub.Api.Leads;
using Hub.Coordination.Access;
using Hub.Coordination.Lifecycle;
using Hub.ServiceDefaults.Errors;
using Hub.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hub.Coordination.Leads;

/// <summary>
/// <c>PUT /api/citizens/{id}/lead</c>: a team leader of an involved centre names the lead. The override
/// is kept in the lead history with who and why, and holds while the chosen caseworker's case is active.
/// </summary>
public static class LeadEndpoints
{
    private const int MaxReasonLength = 500;

    public static void MapLeadEndpoints(this RouteGroupBuilder citizens) =>
        citizens.MapPut("/{citizenId}/lead", Override).RequireAuthorization(HubPolicies.TeamLeader).WithCitizenAccess("lead-override")
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Results<Ok<LeadOverridden>, ValidationProblem, ProblemHttpResult>> Override(
        HttpContext http, OverrideLeadRequest? request, CancellationToken ct)
    {
        if (request?.CaseworkerId is not { } caseworkerId || string.IsNullOrWhiteSpace(caseworkerId) || caseworkerId.Length > 64)
        {
            return ApiProblems.Invalid("caseworkerId", "'caseworkerId' is required: a caseworker on one of the citizen's active cases.");
        }

        if (request.Reason is not { } given || string.IsNullOrWhiteSpace(given) || given.Length > MaxReasonLength)
        {
            return ApiProblems.Invalid("reason", $"'reason' is required (at most {MaxReasonLength} characters): an override is audited.");
        }

        var session = CitizenSession.Of(http);
        var (work, citizenId, now, citizen) = (session.Work, session.CitizenId, session.Now, session.Access.Citizen);
        if (!citizen.IsCoordinated)
        {
            return ApiProblems.Conflict("Not coordinated.", "The citizen is not cross-departmental with consent covering two active centres, so there is no lead to set.");
        }

        var chosen = citizen.Active.Cases.Where(c => c.CaseworkerId == caseworkerId && citizen.SharedDepartments.Contains(c.Department))
            .OrderBy(c => c.OpenedAt).FirstOrDefault();
        if (chosen is null)
        {
            return ApiProblems.Invalid("caseworkerId", "'caseworkerId' must be the caseworker on one of the citizen's active cases within consent.");
        }

        var by = http.User.SubjectId() ?? "unknown";
        var reason = $"team-leader override by {by}: {given.Trim()}";
        await CoordinationLifecycle.ReleaseAsync(work, citizenId, session.Access.Lead, $"overridden by team leader {by}", now);
        await CoordinationLifecycle.AssignAsync(work, citizenId, LeadCandidate.Of(chosen, now), reason, isOverride: true, assignedBy: by, now);
        await work.CommitAsync(ct);
        return TypedResults.Ok(new LeadOverridden(citizenId, caseworkerId, chosen.Department, reason, now));
    }
}
