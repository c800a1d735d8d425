using Hub.Coordination.Registry;

namespace Hub.Coordination.Leads;

/// <summary>One active case with the citizen, and what the policy needs to know about its caseworker.</summary>
public sealed record LeadCandidate(Guid CaseId, string Department, string CaseType, string CaseworkerId, DateTimeOffset OpenedAt, int Caseload)
{
    /// <summary>The candidate an active case with a caseworker offers.</summary>
    public static LeadCandidate Of(ActiveCase c, DateTimeOffset now) =>
        new(c.CaseId, c.Department, c.CaseType ?? "", c.CaseworkerId!, c.OpenedAt ?? now, (int)c.Caseload);
}
