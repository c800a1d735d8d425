namespace Hub.Api.Departments;

/// <summary><c>POST /api/{department}/cases/{caseId}/close</c>; the body may be left out.</summary>
public sealed record CloseCaseRequest(DateTimeOffset? ClosedAt, string? Reason);
