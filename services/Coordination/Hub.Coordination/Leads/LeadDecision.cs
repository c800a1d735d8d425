using Hub.Api.Explanations;
using Hub.Coordination.Explanations;

namespace Hub.Coordination.Leads;

/// <summary>The policy's choice of lead, and the reason it gives: a code of <see cref="LeadReasonCodes"/> and its arguments.</summary>
/// <param name="EveryoneOverCap">True when the lead was assigned although every candidate is at or over the cap.</param>
/// <param name="Unchanged">True when the current lead keeps the role.</param>
public sealed record LeadDecision(LeadCandidate Lead, Explanation Reason, bool Unchanged, bool EveryoneOverCap)
{
    /// <summary>The reason in English, as the hub serves and keeps it beside the code.</summary>
    public string Text => English.Text(Reason);
}
