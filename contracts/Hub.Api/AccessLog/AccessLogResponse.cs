namespace Hub.Api.AccessLog;

/// <summary>
/// One page of a citizen's access log as far as the reader's centre may see it, newest first (team leaders).
/// The next page is <c>?before=NextBefore&amp;beforeEntryId=NextBeforeEntryId</c>; both are null on the last page.
/// </summary>
public sealed record AccessLogResponse(string CitizenId, IReadOnlyList<AccessLogEntry> Entries, DateTimeOffset? NextBefore = null, Guid? NextBeforeEntryId = null);
