using Hub.Api.Explanations;
using Hub.Api.Leads;
using Hub.Coordination.Explanations;
using Hub.Coordination.Access;
using Hub.Coordination.Lifecycle;
using Hub.ServiceDefaults.Errors;
using Hub.ServiceDefaults.Security;
using Hub.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hub.Coordination.Leads;

/// <summary>
/// <c>PUT /api/citizens/{id}/lead</c>: a team leader of an involved centre that the consent in force covers names the lead
/// (a caseworker is a centre and an id). The override
/// is kept in the lead history with who and why, and holds while the chosen caseworker's case is active.
/// </summary>
public static class LeadEndpoints
{
    private const int MaxReasonLength = 500;

    public static void MapLeadEndpoints(this RouteGroupBuilder citizens) =>
        citizens.MapPut("/{citizenId}/lead", Override).RequireAuthorization(HubPolicies.TeamLeader).WithCitizenWrite("lead-override")
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Results<Ok<LeadOverridden>, ValidationProblem, ProblemHttpResult>> Override(
        HttpContext http, OverrideLeadRequest? request, CancellationToken ct)
    {
        if (request?.CaseworkerId is not { } caseworkerId || !Identifiers.IsValid(caseworkerId))
        {
            return ApiProblems.Invalid("caseworkerId", $"'caseworkerId' is required ({Identifiers.Rule}): a caseworker on one of the citizen's active cases.");
        }

        if (request.Reason is not { } given || string.IsNullOrWhiteSpace(given) || given.Length > MaxReasonLength)
        {
            return ApiProblems.Invalid("reason", $"'reason' is required (at most {MaxReasonLength} characters): an override is audited.");
        }

        var session = CitizenSession.Of(http);
        var (work, citizenId, now, citizen) = (session.Writes, session.CitizenId, session.Now, session.Access.Citizen);
        if (!citizen.IsCoordinated)
        {
            return ApiProblems.Conflict("Not coordinated.", "The citizen is not cross-departmental with consent covering two active centres, so there is no lead to set.");
        }

        // A team leader acts within their own centre: the consent in force must let their centre share.
        var own = session.Access.ReaderDepartment;
        if (own is null || !citizen.SharedDepartments.Contains(own))
        {
            return ApiProblems.Forbidden($"The citizen's consent does not let your centre ({own ?? "none"}) share, so you may not set their lead.");
        }

        var matches = citizen.Active.Cases
            .Where(c => c.CaseworkerId == caseworkerId && citizen.SharedDepartments.Contains(c.Department) && (request.Department is null || c.Department == request.Department))
            .OrderBy(c => c.OpenedAt).ToList();
        if (matches.Count == 0)
        {
            return ApiProblems.Invalid("caseworkerId", "'caseworkerId' (with 'department') must be the caseworker on one of the citizen's active cases within consent.");
        }

        if (matches.Select(c => c.Department).Distinct().Count() > 1)
        {
            return ApiProblems.Invalid("department", "Caseworkers of more than one centre have this id: say which centre's caseworker is meant in 'department'.");
        }

        var chosen = matches[0];
        var by = http.User.SubjectId() ?? "unknown";
        var reason = Explanation.Of(LeadReasonCodes.Override, (ExplanationArgs.By, by), (ExplanationArgs.Text, given.Trim()));
        await CoordinationLifecycle.ReleaseAsync(work, citizenId, session.Access.Lead, Explanation.Of(LeadReleaseCodes.Overridden, (ExplanationArgs.By, by)), now);
        await CoordinationLifecycle.AssignAsync(work, citizenId, LeadCandidate.Of(chosen, now), reason, isOverride: true, assignedBy: by, citizen.SharedDepartments, now);
        return TypedResults.Ok(new LeadOverridden(citizenId, caseworkerId, chosen.Department, English.Text(reason), now, reason.Code, reason.Args));
    }
}
