namespace Hub.Coordination.Citizens;

/// <summary>The timeline's paging: at most <see cref="Limit"/> entries older than the cursor <see cref="Before"/> + <see cref="BeforeEventId"/>.</summary>
public sealed record TimelineQuery(DateTimeOffset? Before, Guid? BeforeEventId, int? Limit);
