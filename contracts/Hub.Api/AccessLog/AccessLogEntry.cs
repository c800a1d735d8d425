namespace Hub.Api.AccessLog;

/// <summary>One read of citizen data: who, when, which view, why, and whether it was <c>allowed</c>, <c>refused</c> or <c>not-found</c>.</summary>
public sealed record AccessLogEntry(
    DateTimeOffset ReadAt, string ReaderId, string? ReaderDepartment, string ReaderRoles, string View, string Purpose, string Outcome, Guid EntryId);
