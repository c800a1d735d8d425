namespace Hub.Api.AccessLog;

/// <summary>
/// A consent as the citizen sees it in their own access log: when, which centres may share, whether it let
/// more centres share than the consent before it (<see cref="WidensScope"/>), how it was given, and by which centre it was recorded.
/// </summary>
public sealed record CitizenConsentEntry(
    DateOnly Date, IReadOnlyList<string> Scope, bool WidensScope, string? GivenBy, string? EvidenceKind, string? RecordedByDepartment, DateOnly? WithdrawnOn);
