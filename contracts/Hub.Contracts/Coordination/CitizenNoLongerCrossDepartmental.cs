namespace Hub.Contracts.Coordination;

/// <summary>The citizen dropped to active cases in at most one centre.</summary>
public sealed record CitizenNoLongerCrossDepartmental(
    Guid EventId,
    string CitizenId,
    IReadOnlyList<string> Departments,
    DateTimeOffset OccurredAt);
