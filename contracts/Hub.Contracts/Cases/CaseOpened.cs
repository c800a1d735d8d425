namespace Hub.Contracts.Cases;

public sealed record CaseOpened(
    Guid EventId,
    string Department,
    Guid CaseId,
    string CitizenId,
    long Sequence,
    DateTimeOffset OccurredAt,
    string CaseType,
    string CaseworkerId,
    string? CaseworkerName,
    DateTimeOffset OpenedAt,
    string? ExternalId) : IDepartmentEvent;
