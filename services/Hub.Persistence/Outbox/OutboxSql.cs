namespace Hub.Persistence.Outbox;

/// <summary>
/// The outbox's statements for one dialect, as text, so a test can parse the T-SQL without a server.
/// </summary>
public sealed class OutboxSql(SqlDialect dialect)
{
    public static OutboxSql For(SqlDialect dialect) => dialect.Provider == DatabaseProvider.SqlServer ? SqlServer : Sqlite;

    public static readonly OutboxSql Sqlite = new(SqlDialect.Sqlite);
    public static readonly OutboxSql SqlServer = new(SqlDialect.SqlServer);

    public string Enqueue { get; } =
        """
        INSERT INTO outbox_messages (message_id, message_type, body, trace_parent, created_at, attempts)
        VALUES (@MessageId, @MessageType, @Body, @TraceParent, @CreatedAt, 0)
        """;

    /// <summary>
    /// Leases the oldest unsent, unleased rows. On SQL Server UPDLOCK + READPAST lets two relays claim
    /// disjoint batches at once; SQLite has one writer, so its transaction alone makes the claim exclusive.
    /// </summary>
    public string Claim { get; } =
        $"UPDATE outbox_messages SET lease_owner = @Owner, lease_until = @Until WHERE position IN ({dialect.Top(
            "position",
            $"FROM outbox_messages {(dialect.Provider == DatabaseProvider.SqlServer ? "WITH (UPDLOCK, READPAST) " : "")}" +
            "WHERE sent_at IS NULL AND (lease_until IS NULL OR lease_until < @Now) ORDER BY position")})";

    public string Claimed { get; } =
        """
        SELECT position AS Position, message_id AS MessageId, message_type AS MessageType, body AS Body, trace_parent AS TraceParent
        FROM outbox_messages WHERE lease_owner = @Owner AND sent_at IS NULL ORDER BY position
        """;

    public string MarkSent { get; } =
        "UPDATE outbox_messages SET sent_at = @SentAt, lease_owner = NULL, lease_until = NULL WHERE position = @Position AND lease_owner = @Owner";

    public string MarkSentThrough { get; } =
        "UPDATE outbox_messages SET sent_at = @SentAt, lease_owner = NULL, lease_until = NULL WHERE lease_owner = @Owner AND sent_at IS NULL AND position <= @LastPosition";

    public string MarkFailed { get; } =
        "UPDATE outbox_messages SET attempts = attempts + 1, last_error = @Error, lease_owner = NULL, lease_until = NULL WHERE position = @Position AND lease_owner = @Owner";

    /// <summary>Gives back what a relay claimed but did not publish, so the rows keep their order next round.</summary>
    public string Release { get; } =
        "UPDATE outbox_messages SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = @Owner AND sent_at IS NULL";

    public string Cleanup { get; } = "DELETE FROM outbox_messages WHERE sent_at IS NOT NULL AND sent_at < @SentBefore";

    public string PendingCount { get; } = "SELECT COUNT(*) FROM outbox_messages WHERE sent_at IS NULL";

    public IEnumerable<(string Name, string Sql)> All() =>
    [
        (nameof(Enqueue), Enqueue), (nameof(Claim), Claim), (nameof(Claimed), Claimed), (nameof(MarkSent), MarkSent), (nameof(MarkSentThrough), MarkSentThrough),
        (nameof(MarkFailed), MarkFailed), (nameof(Release), Release), (nameof(Cleanup), Cleanup), (nameof(PendingCount), PendingCount),
    ];
}
