namespace Hub.Api.AccessLog;

/// <summary>The citizen's own version of the access log (<c>?view=citizen</c>).</summary>
public sealed record CitizenAccessLogResponse(string CitizenId, IReadOnlyList<CitizenAccessLogEntry> Entries);
