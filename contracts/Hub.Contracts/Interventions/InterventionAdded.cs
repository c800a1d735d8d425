namespace Hub.Contracts.Interventions;

/// <summary>An intervention decided on a case: its type key, legal basis and dates.</summary>
public sealed record InterventionAdded(
    Guid EventId,
    string Department,
    Guid CaseId,
    string CitizenId,
    long Sequence,
    DateTimeOffset OccurredAt,
    Guid InterventionId,
    string Type,
    string LegalBasis,
    DateOnly StartsOn,
    DateOnly? PlannedEndOn,
    string? Description,
    IReadOnlyList<Guid> GoalIds) : IDepartmentEvent;
