namespace Hub.Api.AccessLog;

/// <summary>One read of citizen data: who, when, which view and why.</summary>
public sealed record AccessLogEntry(DateTimeOffset ReadAt, string ReaderId, string? ReaderDepartment, string ReaderRoles, string View, string Purpose);
