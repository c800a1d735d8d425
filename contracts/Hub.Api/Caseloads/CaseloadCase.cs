namespace Hub.Api.Caseloads;

/// <summary>One active case on a caseworker's caseload.</summary>
public sealed record CaseloadCase(Guid CaseId, string Department, string? CaseType, string CitizenId, DateTimeOffset? OpenedAt);
