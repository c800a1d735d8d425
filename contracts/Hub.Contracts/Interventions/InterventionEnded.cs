namespace Hub.Contracts.Interventions;

public sealed record InterventionEnded(
    Guid EventId,
    string Department,
    Guid CaseId,
    string CitizenId,
    long Sequence,
    DateTimeOffset OccurredAt,
    Guid InterventionId,
    DateOnly EndedOn,
    string? Reason) : IDepartmentEvent;
