using Hub.Coordination.Access;
using Hub.Coordination.Citizens;
using Hub.Coordination.Lifecycle;
using Hub.Persistence;
using Hub.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Coordination.Leads;

public sealed record OverrideLeadRequest(string? CaseworkerId, string? Reason);

/// <summary>
/// <c>PUT /api/citizens/{id}/lead</c>: a team leader of an involved centre names the lead. The override
/// is kept in the lead history with who and why, and holds while the chosen caseworker's case is active.
/// </summary>
public static class LeadEndpoints
{
    public static void MapLeadEndpoints(this RouteGroupBuilder citizens) =>
        citizens.MapPut("/{citizenId}/lead", Override).RequireAuthorization(HubPolicies.TeamLeader);

    private static async Task<IResult> Override(
        HttpContext http, string citizenId, OverrideLeadRequest? request, TimeProvider time,
        [FromKeyedServices(CoordinationModule.DatabaseName)] ModuleDatabase database, CancellationToken ct)
    {
        if (CitizenProblems.InvalidId(citizenId) is { } invalid) return invalid;
        if (string.IsNullOrWhiteSpace(request?.CaseworkerId) || request.CaseworkerId.Length > 64)
        {
            return CitizenProblems.Invalid("caseworkerId", "'caseworkerId' is required: a caseworker on one of the citizen's active cases.");
        }

        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 500)
        {
            return CitizenProblems.Invalid("reason", "'reason' is required (at most 500 characters): an override is audited.");
        }

        var now = time.GetUtcNow();
        await using var work = await database.BeginAsync(ct);
        if (!await CitizenQueries.ExistsAsync(work, citizenId)) return CitizenProblems.UnknownCitizen();
        var access = await CitizenAccess.DecideAsync(work, http.User, citizenId, now);
        if (!access.Allowed) return CitizenProblems.Forbidden(access.Reason);

        var active = await LeadStore.ActiveCasesAsync(work, citizenId);
        var shared = active.Select(c => c.Department).Distinct().Where(access.Consent.Covers).ToList();
        if (shared.Count < 2)
        {
            return CitizenProblems.Conflict("Not coordinated.", "The citizen is not cross-departmental with consent covering two active centres, so there is no lead to set.");
        }

        var chosen = active.Where(c => c.CaseworkerId == request.CaseworkerId && shared.Contains(c.Department))
            .OrderBy(c => c.OpenedAt).FirstOrDefault();
        if (chosen is null)
        {
            return CitizenProblems.Invalid("caseworkerId", "'caseworkerId' must be the caseworker on one of the citizen's active cases within consent.");
        }

        var by = http.User.SubjectId() ?? "unknown";
        var current = await LeadStore.CurrentAsync(work, citizenId);
        var reason = $"team-leader override by {by}: {request.Reason.Trim()}";
        await CoordinationLifecycle.ReleaseAsync(work, citizenId, current, $"overridden by team leader {by}", now);
        var candidate = new LeadCandidate(chosen.CaseId, chosen.Department, chosen.CaseType ?? "", chosen.CaseworkerId!, chosen.OpenedAt ?? now, (int)chosen.Caseload);
        await CoordinationLifecycle.AssignAsync(work, citizenId, candidate, reason, isOverride: true, assignedBy: by, now);
        await work.CommitAsync(ct);
        return Results.Ok(new { citizenId, caseworkerId = chosen.CaseworkerId, department = chosen.Department, reason, since = now });
    }
}
