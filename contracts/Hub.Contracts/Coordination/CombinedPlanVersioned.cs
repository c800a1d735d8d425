namespace Hub.Contracts.Coordination;

/// <summary>A coordinated citizen's combined plan has a new version; the centres involved may show that it exists.</summary>
public sealed record CombinedPlanVersioned(
    Guid EventId,
    string CitizenId,
    int Version,
    IReadOnlyList<string> Departments,
    string ChangedBy,
    string Why,
    DateTimeOffset OccurredAt);
