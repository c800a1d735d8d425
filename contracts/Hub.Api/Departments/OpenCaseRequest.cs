namespace Hub.Api.Departments;

/// <summary><c>POST /api/{department}/cases</c>. The CPR number is turned into an opaque citizen id and never stored.</summary>
public sealed record OpenCaseRequest(
    string? Cpr,
    string? CaseType,
    string? CaseworkerId,
    string? CaseworkerName,
    DateTimeOffset? OpenedAt,
    string? ExternalId);
