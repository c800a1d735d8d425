namespace Hub.Api.Departments;

/// <summary>The citizen's lead caseworker, as the hub assigned it.</summary>
public sealed record LeadCaseworkerResponse(string CaseworkerId, string? Department, string? Reason, DateTimeOffset? Since);
