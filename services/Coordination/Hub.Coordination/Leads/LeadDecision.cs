namespace Hub.Coordination.Leads;

/// <summary>The policy's choice of lead, and the reason it gives.</summary>
/// <param name="EveryoneOverCap">True when the lead was assigned although every candidate is at or over the cap.</param>
/// <param name="Unchanged">True when the current lead keeps the role.</param>
public sealed record LeadDecision(LeadCandidate Lead, string Reason, bool Unchanged, bool EveryoneOverCap);
