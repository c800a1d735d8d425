namespace Hub.Api.AccessLog;

/// <summary>The full access log of one citizen, newest first (team leaders).</summary>
public sealed record AccessLogResponse(string CitizenId, IReadOnlyList<AccessLogEntry> Entries);
