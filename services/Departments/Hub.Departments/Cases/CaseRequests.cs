namespace Hub.Departments.Cases;

public sealed record OpenCaseRequest(
    string? Cpr,
    string? CaseType,
    string? CaseworkerId,
    string? CaseworkerName,
    DateTimeOffset? OpenedAt,
    string? ExternalId);

public sealed record CloseCaseRequest(DateTimeOffset? ClosedAt, string? Reason);

public sealed record ChangeCaseworkerRequest(string? CaseworkerId, string? CaseworkerName);
