namespace Hub.Persistence.Inbox;

/// <summary>The inbox's statements for one dialect, as text, so a test can parse the T-SQL without a server.</summary>
public sealed class InboxSql(SqlDialect dialect)
{
    public static InboxSql For(SqlDialect dialect) => dialect.Provider == DatabaseProvider.SqlServer ? SqlServer : Sqlite;

    public static readonly InboxSql Sqlite = new(SqlDialect.Sqlite);
    public static readonly InboxSql SqlServer = new(SqlDialect.SqlServer);

    public string Record { get; } = dialect.InsertIfAbsent(
        "inbox_messages",
        "message_id, consumer, handled_at",
        "@MessageId, @Consumer, @HandledAt",
        "message_id = @MessageId AND consumer = @Consumer");

    public string Cleanup { get; } = "DELETE FROM inbox_messages WHERE handled_at < @OlderThan";

    public IEnumerable<(string Name, string Sql)> All() => [(nameof(Record), Record), (nameof(Cleanup), Cleanup)];
}
