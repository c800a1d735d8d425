namespace Hub.Coordination.Leads;

/// <summary>The lead as it stands: who, on which case, and whether a team leader put them there.</summary>
public sealed record CurrentLead(string CaseworkerId, Guid CaseId, bool IsOverride);
