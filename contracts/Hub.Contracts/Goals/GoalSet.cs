namespace Hub.Contracts.Goals;

/// <summary>A goal on a case. Levels use the FSIII scale: 0 (no limitation) to 4 (total limitation).</summary>
public sealed record GoalSet(
    Guid EventId,
    string Department,
    Guid CaseId,
    string CitizenId,
    long Sequence,
    DateTimeOffset OccurredAt,
    Guid GoalId,
    string Text,
    string? FsiiiCondition,
    int? CurrentLevel,
    int? TargetLevel) : IDepartmentEvent;
