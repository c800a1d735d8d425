namespace Hub.Api.Departments;

/// <summary><c>PUT /api/{department}/cases/{caseId}/caseworker</c>.</summary>
public sealed record ChangeCaseworkerRequest(string? CaseworkerId, string? CaseworkerName);
