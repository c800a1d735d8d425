namespace Hub.Coordination.Leads;

/// <summary>The lead as it stands: who (a centre and an id), on which case, and whether a team leader put them there.</summary>
public sealed record CurrentLead(string CaseworkerId, string Department, Guid CaseId, bool IsOverride);
