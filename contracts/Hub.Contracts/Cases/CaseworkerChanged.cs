namespace Hub.Contracts.Cases;

public sealed record CaseworkerChanged(
    Guid EventId,
    string Department,
    Guid CaseId,
    string CitizenId,
    long Sequence,
    DateTimeOffset OccurredAt,
    string CaseworkerId,
    string? CaseworkerName) : IDepartmentEvent;
