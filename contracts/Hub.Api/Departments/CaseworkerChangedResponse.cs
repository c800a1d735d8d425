namespace Hub.Api.Departments;

/// <summary>The answer to a change of caseworker.</summary>
public sealed record CaseworkerChangedResponse(Guid CaseId, string CaseworkerId);
