namespace Hub.Api.Departments;

/// <summary>The answer to closing a case; <c>status</c> is <c>closed</c>.</summary>
public sealed record CaseClosedResponse(Guid CaseId, string Status);
