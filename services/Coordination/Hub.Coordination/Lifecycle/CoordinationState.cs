using Hub.Coordination.Consent;
using Hub.Coordination.Registry;

namespace Hub.Coordination.Lifecycle;

/// <summary>
/// Whether a citizen is coordinated: the newest consent is in force and covers at least two of the
/// departments with active cases. Cross-departmental without that is "awaiting consent".
/// </summary>
public sealed record CoordinationState(ActiveCases Active, ConsentState Consent)
{
    /// <summary>The departments with active cases that the consent lets share.</summary>
    public IReadOnlyList<string> SharedDepartments { get; } = Active.Departments.Where(Consent.Covers).ToList();

    public bool IsCoordinated => SharedDepartments.Count >= 2;

    public bool AwaitingConsent => Active.IsCrossDepartmental && !IsCoordinated;
}
