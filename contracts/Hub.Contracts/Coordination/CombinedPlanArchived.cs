namespace Hub.Contracts.Coordination;

/// <summary>Coordination ended (the citizen is down to one centre); the plan is kept read-only.</summary>
public sealed record CombinedPlanArchived(
    Guid EventId,
    string CitizenId,
    int Version,
    DateTimeOffset OccurredAt);
