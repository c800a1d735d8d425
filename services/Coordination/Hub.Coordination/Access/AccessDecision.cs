using Hub.Coordination.Consent;
using Hub.Coordination.Leads;
using Hub.Coordination.Lifecycle;
using Hub.Coordination.Registry;

namespace Hub.Coordination.Access;

/// <summary>
/// What one reader may see of one citizen, and why; with the facts it was decided from (active cases,
/// consent, the lead), so the endpoint that follows does not read them again.
/// </summary>
public sealed record AccessDecision(bool Allowed, string Reason, IReadOnlyList<string> VisibleDepartments, bool IsLead, CoordinationState Citizen, LeadRow? Lead)
{
    public ConsentState Consent => Citizen.Consent;

    public ActiveCases Active => Citizen.Active;

    /// <summary>The reader may see the shared plan: they lead, or consent covers their own department.</summary>
    public bool SeesSharedData => IsLead || VisibleDepartments.Any(Consent.Covers);
}
