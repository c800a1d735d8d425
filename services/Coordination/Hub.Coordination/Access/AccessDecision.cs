using Hub.Coordination.Consent;
using Hub.Coordination.Leads;
using Hub.Coordination.Lifecycle;
using Hub.Coordination.Registry;

namespace Hub.Coordination.Access;

/// <summary>
/// What one reader may see of one citizen, and why; with the facts it was decided from (active cases,
/// consent, the lead), so the endpoint that follows does not read them again. <see cref="VisibleDepartments"/>
/// is the reader's own centre plus, while the consent in force covers it, the other centres the consent names.
/// </summary>
public sealed record AccessDecision(
    bool Allowed, string Reason, string? ReaderDepartment, IReadOnlyList<string> VisibleDepartments, bool IsLead, CoordinationState Citizen, LeadRow? Lead)
{
    public ConsentState Consent => Citizen.Consent;

    public ActiveCases Active => Citizen.Active;

    /// <summary>The reader may see the shared plan: the consent in force covers their own centre (the lead's always is).</summary>
    public bool SeesSharedData => ReaderDepartment is not null && Consent.Covers(ReaderDepartment) && Active.Departments.Contains(ReaderDepartment);

    /// <summary>A case of <paramref name="department"/> with this status may be shown: the reader's own centre's cases, and only the active cases of centres shared by consent.</summary>
    public bool Shows(string department, string status) =>
        department == ReaderDepartment || (VisibleDepartments.Contains(department) && status != "closed");
}
