namespace Hub.Contracts.Cases;

/// <summary>A young person in placement nears 18: aftercare (efterværn) must be planned.</summary>
public sealed record YoungPersonApproachingAdulthood(
    Guid EventId,
    string Department,
    Guid CaseId,
    string CitizenId,
    long Sequence,
    DateTimeOffset OccurredAt,
    DateOnly TurnsEighteenOn) : IDepartmentEvent;
