namespace Hub.Api.AccessLog;

/// <summary>
/// The citizen's own version of the access log (<c>?view=citizen</c>): one page of reads (dates and purposes), and every
/// consent recorded for them. Paged like <see cref="AccessLogResponse"/>.
/// </summary>
public sealed record CitizenAccessLogResponse(
    string CitizenId, IReadOnlyList<CitizenAccessLogEntry> Entries, IReadOnlyList<CitizenConsentEntry> Consents,
    DateTimeOffset? NextBefore = null, Guid? NextBeforeEntryId = null);
