namespace Hub.Coordination.Access;

/// <summary>The access log's query: <c>view=citizen</c> for the citizen's version, and the page (at most <see cref="Limit"/> rows older than the cursor).</summary>
public sealed record AccessLogQuery(string? View, DateTimeOffset? Before, Guid? BeforeEntryId, int? Limit);
