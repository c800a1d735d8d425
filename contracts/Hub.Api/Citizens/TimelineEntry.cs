namespace Hub.Api.Citizens;

/// <summary>One centre event on the citizen's timeline: <see cref="Summary"/> in English, <see cref="SummaryCode"/> and <see cref="SummaryArgs"/> to render (Hub.Api.Explanations.TimelineKinds).</summary>
public sealed record TimelineEntry(
    Guid EventId, string Department, Guid? CaseId, string Kind, long Sequence, DateTimeOffset OccurredAt, string Summary, string SummaryCode, IReadOnlyDictionary<string, string> SummaryArgs);
