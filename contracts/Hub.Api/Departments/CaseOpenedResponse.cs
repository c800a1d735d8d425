namespace Hub.Api.Departments;

/// <summary>The answer to opening a case (also to a retry with the same <c>externalId</c>).</summary>
public sealed record CaseOpenedResponse(Guid CaseId);
