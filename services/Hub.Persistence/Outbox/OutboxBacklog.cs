namespace Hub.Persistence.Outbox;

/// <summary>What a module's outbox still has to publish: how many rows, and how long the oldest has waited.</summary>
public sealed record OutboxBacklog(string Module, long Pending, double OldestAgeSeconds)
{
    /// <summary>The same statement on both dialects; an index on (sent_at, position) serves it.</summary>
    public const string Sql = "SELECT COUNT(*) AS Pending, MIN(created_at) AS Oldest FROM outbox_messages WHERE sent_at IS NULL";

    public static async Task<OutboxBacklog> ReadAsync(ModuleDatabase database, DateTimeOffset now, CancellationToken ct = default)
    {
        var row = await database.ReadAsync(read => read.QuerySingleOrDefaultAsync<Row>(Sql), ct) ?? new Row();
        var age = row.Oldest is { } oldest ? Math.Max(0, (now - oldest).TotalSeconds) : 0;
        return new OutboxBacklog(database.Module, row.Pending, Math.Round(age, 3));
    }

    private sealed class Row
    {
        public long Pending { get; set; }
        public DateTimeOffset? Oldest { get; set; }
    }
}
