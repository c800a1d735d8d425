namespace Hub.Api.Citizens;

/// <summary>A page of the timeline, newest first; the next page starts before <c>nextBefore</c> + <c>nextBeforeEventId</c>.</summary>
public sealed record TimelinePage(string CitizenId, IReadOnlyList<TimelineEntry> Entries, DateTimeOffset? NextBefore, Guid? NextBeforeEventId);
