namespace Hub.Coordination.Consent;

/// <summary>What consent allows right now: its status, and which centres may share.</summary>
public sealed record ConsentState(string Status, IReadOnlyList<string> Scope, ConsentRecord? Record)
{
    public bool AllowsSharing => Status == ConsentStatuses.Given;

    public bool Covers(string department) => AllowsSharing && Scope.Contains(department);
}
