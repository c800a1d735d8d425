namespace Hub.Contracts.Coordination;

/// <summary>The hub noticed active cases with the citizen in two or more centres.</summary>
public sealed record CitizenBecameCrossDepartmental(
    Guid EventId,
    string CitizenId,
    IReadOnlyList<string> Departments,
    DateTimeOffset OccurredAt);
