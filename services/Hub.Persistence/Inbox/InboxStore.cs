namespace Hub.Persistence.Inbox;

/// <summary>
/// The idempotent inbox: a message id per consumer, written in the same transaction as the
/// consumer's effect, so a redelivered or duplicated message has no second effect.
/// </summary>
public static class InboxStore
{
    public static async Task<bool> TryRecordAsync(WriteUnit work, Guid messageId, string consumer)
    {
        var inserted = await work.ExecuteAsync(
            InboxSql.For(work.Database.Dialect).Record,
            new { MessageId = messageId, Consumer = consumer, HandledAt = DateTimeOffset.UtcNow });
        return inserted == 1;
    }

    /// <summary>Deletes records older than the window; the window must outlast any redelivery.</summary>
    public static Task<int> CleanupAsync(ModuleDatabase database, DateTimeOffset olderThan, CancellationToken cancellationToken) =>
        database.WriteAsync(work => work.ExecuteAsync(InboxSql.For(database.Dialect).Cleanup, new { OlderThan = olderThan }), cancellationToken);
}
