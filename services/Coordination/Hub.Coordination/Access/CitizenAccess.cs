using System.Security.Claims;
using Hub.Coordination.Consent;
using Hub.Coordination.Leads;
using Hub.Coordination.Lifecycle;
using Hub.Coordination.Registry;
using Hub.Persistence;
using Hub.ServiceDefaults.Security;

namespace Hub.Coordination.Access;

/// <summary>
/// Need-to-know for citizen data (issue 6): the lead sees every department; a caseworker with an active case,
/// or a team leader whose department has one, sees their own department and, within consent, the others.
/// Everyone else is refused with the reason.
/// </summary>
public static class CitizenAccess
{
    public static async Task<AccessDecision> DecideAsync(UnitOfWork work, ClaimsPrincipal user, string citizenId, DateTimeOffset now)
    {
        var citizen = new CoordinationState(await ActiveCases.ReadAsync(work, citizenId), await ConsentStore.CurrentAsync(work, citizenId, now));
        var lead = await LeadStore.CurrentAsync(work, citizenId);
        return Decide(user, citizen, lead);
    }

    private static AccessDecision Decide(ClaimsPrincipal user, CoordinationState citizen, LeadRow? lead)
    {
        var subject = user.SubjectId() ?? "";
        var department = user.DepartmentOf();
        var active = citizen.Active;
        var consent = citizen.Consent;
        if (lead is not null && lead.CaseworkerId == subject && user.IsInRole(HubRoles.Caseworker))
        {
            return new AccessDecision(true, "lead caseworker", active.Departments, true, citizen, lead);
        }

        List<string> own;
        if (user.IsInRole(HubRoles.Caseworker) && active.Cases.Any(c => c.CaseworkerId == subject))
        {
            own = active.Cases.Where(c => c.CaseworkerId == subject).Select(c => c.Department).Distinct().ToList();
        }
        else if (user.IsInRole(HubRoles.TeamLeader) && department is not null && active.Departments.Contains(department))
        {
            own = [department];
        }
        else
        {
            var reason = user.IsInRole(HubRoles.TeamLeader)
                ? "Your centre has no active case with this citizen."
                : "You have no active case with this citizen and are not the lead caseworker.";
            return new AccessDecision(false, reason, [], false, citizen, lead);
        }

        var visible = own.Any(consent.Covers)
            ? own.Concat(active.Departments.Where(consent.Covers)).Distinct().Order(StringComparer.Ordinal).ToList()
            : own;
        var why = visible.Count > own.Count ? "involved, other centres within consent" : "involved, own centre only (no consent covering other centres)";
        return new AccessDecision(true, why, visible, false, citizen, lead);
    }
}
