namespace Hub.Contracts.Cases;

public sealed record CaseClosed(
    Guid EventId,
    string Department,
    Guid CaseId,
    string CitizenId,
    long Sequence,
    DateTimeOffset OccurredAt,
    DateTimeOffset ClosedAt,
    string? Reason) : IDepartmentEvent;
