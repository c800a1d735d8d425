namespace Hub.Api.Citizens;

/// <summary>One case of the citizen in one department; <c>status</c> is <c>pending</c> until its opening arrives.</summary>
public sealed record DepartmentCase(
    string Department, Guid CaseId, string? CaseType, string? CaseworkerId, string? CaseworkerName, string Status, DateTimeOffset? OpenedAt);
