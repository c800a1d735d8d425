namespace Hub.Api.Citizens;

/// <summary>One centre event on the citizen's timeline.</summary>
public sealed record TimelineEntry(Guid EventId, string Department, Guid? CaseId, string Kind, long Sequence, DateTimeOffset OccurredAt, string Summary);
