using System.Security.Claims;
using Hub.Coordination.Consent;
using Hub.Coordination.Leads;
using Hub.Coordination.Lifecycle;
using Hub.Coordination.Registry;
using Hub.Persistence;
using Hub.ServiceDefaults.Security;

namespace Hub.Coordination.Access;

/// <summary>
/// Need-to-know for citizen data (issues 6 and 13). A reader is a centre and an id, never a bare id: a caseworker is
/// involved through an active case of their own centre with their id on it, a team leader through an active case of
/// their centre. The involved reader sees their own centre and, while the consent in force at the moment of the read
/// covers their centre, the other centres it covers. The lead sees what consent shares, no more, and only while it does.
/// Everyone else is refused with the reason.
/// </summary>
public static class CitizenAccess
{
    public static async Task<AccessDecision> DecideAsync(ReadUnit work, ClaimsPrincipal user, string citizenId, DateTimeOffset now)
    {
        var citizen = new CoordinationState(await ActiveCases.ReadAsync(work, citizenId), await ConsentStore.CurrentAsync(work, citizenId, now));
        var lead = await LeadStore.CurrentAsync(work, citizenId);
        return Decide(user, citizen, lead);
    }

    public static AccessDecision Decide(ClaimsPrincipal user, CoordinationState citizen, LeadRow? lead)
    {
        var subject = user.SubjectId() ?? "";
        var department = user.DepartmentOf();
        var (active, consent) = (citizen.Active, citizen.Consent);
        var involved = department is not null && (
            (user.IsInRole(HubRoles.Caseworker) && active.Cases.Any(c => c.Department == department && c.CaseworkerId == subject))
            || (user.IsInRole(HubRoles.TeamLeader) && active.Departments.Contains(department)));
        if (!involved)
        {
            var reason = user.IsInRole(HubRoles.TeamLeader)
                ? "Your centre has no active case with this citizen."
                : "You have no active case with this citizen in your centre.";
            return new AccessDecision(false, reason, department, [], false, citizen, lead);
        }

        // The lead row can outlive the consent until the next deadline pass; the consent in force decides.
        var shares = consent.Covers(department!);
        var isLead = shares && user.IsInRole(HubRoles.Caseworker) && lead is not null && lead.CaseworkerId == subject && lead.Department == department;
        IReadOnlyList<string> visible = shares
            ? active.Departments.Where(consent.Covers).Append(department!).Distinct().Order(StringComparer.Ordinal).ToList()
            : [department!];
        var why = isLead ? "lead caseworker, centres within consent"
            : visible.Count > 1 ? "involved, other centres within consent"
            : "involved, own centre only (no consent covering other centres)";
        return new AccessDecision(true, why, department, visible, isLead, citizen, lead);
    }
}
