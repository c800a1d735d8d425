namespace Hub.Contracts.Goals;

public sealed record GoalProgressRecorded(
    Guid EventId,
    string Department,
    Guid CaseId,
    string CitizenId,
    long Sequence,
    DateTimeOffset OccurredAt,
    Guid GoalId,
    int CurrentLevel,
    string? Note) : IDepartmentEvent;
