using System.Security.Claims;
using Hub.Coordination.Consent;
using Hub.Coordination.Leads;
using Hub.Persistence;
using Hub.ServiceDefaults.Security;

namespace Hub.Coordination.Access;

/// <summary>What one reader may see of one citizen, and why.</summary>
public sealed record AccessDecision(bool Allowed, string Reason, IReadOnlyList<string> VisibleDepartments, bool IsLead, ConsentState Consent)
{
    /// <summary>The reader may see the shared plan: they lead, or consent covers their own centre.</summary>
    public bool SeesSharedData => IsLead || VisibleDepartments.Any(Consent.Covers);
}

/// <summary>
/// Need-to-know for citizen data (issue 6): the lead sees every centre; a caseworker with an active case,
/// or a team leader whose centre has one, sees their own centre and, within consent, the others.
/// Everyone else is refused with the reason.
/// </summary>
public static class CitizenAccess
{
    public static async Task<AccessDecision> DecideAsync(UnitOfWork work, ClaimsPrincipal user, string citizenId, DateTimeOffset now)
    {
        var consent = await ConsentStore.CurrentAsync(work, citizenId, now);
        var subject = user.SubjectId() ?? "";
        var department = user.DepartmentOf();
        var active = await LeadStore.ActiveCasesAsync(work, citizenId);
        var allDepartments = active.Select(c => c.Department).Distinct().Order(StringComparer.Ordinal).ToList();

        var lead = await LeadStore.CurrentAsync(work, citizenId);
        if (lead is not null && lead.CaseworkerId == subject && user.IsInRole(HubRoles.Caseworker))
        {
            return new AccessDecision(true, "lead caseworker", allDepartments, true, consent);
        }

        List<string> own;
        if (user.IsInRole(HubRoles.Caseworker) && active.Any(c => c.CaseworkerId == subject))
        {
            own = active.Where(c => c.CaseworkerId == subject).Select(c => c.Department).Distinct().ToList();
        }
        else if (user.IsInRole(HubRoles.TeamLeader) && department is not null && allDepartments.Contains(department))
        {
            own = [department];
        }
        else
        {
            var reason = user.IsInRole(HubRoles.TeamLeader)
                ? "Your centre has no active case with this citizen."
                : "You have no active case with this citizen and are not the lead caseworker.";
            return new AccessDecision(false, reason, [], false, consent);
        }

        var visible = own.Any(consent.Covers)
            ? own.Concat(allDepartments.Where(consent.Covers)).Distinct().Order(StringComparer.Ordinal).ToList()
            : own;
        var why = visible.Count > own.Count ? "involved, other centres within consent" : "involved, own centre only (no consent covering other centres)";
        return new AccessDecision(true, why, visible, false, consent);
    }
}
