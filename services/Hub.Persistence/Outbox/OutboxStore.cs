using System.Diagnostics;
using System.Text.Json;
using Dapper;

namespace Hub.Persistence.Outbox;

/// <summary>A row waiting in the outbox: one event, in the order it was written.</summary>
public sealed record OutboxMessage(long Position, Guid MessageId, string MessageType, string Body, string? TraceParent);

/// <summary>The transactional outbox's table: written with the state change, drained by the relay.</summary>
public static class OutboxStore
{
    public static Task EnqueueAsync(UnitOfWork work, object message, Type type, Guid messageId) =>
        work.ExecuteAsync(
            """
            INSERT INTO outbox_messages (message_id, message_type, body, trace_parent, created_at, attempts)
            VALUES (@MessageId, @MessageType, @Body, @TraceParent, @CreatedAt, 0)
            """,
            new
            {
                MessageId = messageId,
                MessageType = type.FullName,
                Body = JsonSerializer.Serialize(message, type, JsonSerializerOptions.Web),
                TraceParent = Activity.Current?.Id,
                CreatedAt = DateTimeOffset.UtcNow,
            });

    /// <summary>
    /// Leases the oldest unsent rows to <paramref name="owner"/>, so several instances of a service never
    /// publish the same row at once; a crashed owner's lease simply runs out.
    /// </summary>
    public static async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(
        ModuleDatabase database, string owner, int limit, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var claim = $"{owner}/{Guid.NewGuid():N}";
        await using var work = await database.BeginAsync(cancellationToken);
        var hint = database.Dialect.Provider == DatabaseProvider.SqlServer ? "WITH (UPDLOCK, READPAST)" : "";
        var candidates = database.Dialect.Top(
            "position",
            $"FROM outbox_messages {hint} WHERE sent_at IS NULL AND (lease_until IS NULL OR lease_until < @Now) ORDER BY position");
        await work.ExecuteAsync(
            $"UPDATE outbox_messages SET lease_owner = @Owner, lease_until = @Until WHERE position IN ({candidates})",
            new { Owner = claim, Until = now + lease, Now = now, Limit = limit });
        var claimed = await work.QueryAsync<OutboxMessage>(
            """
            SELECT position AS Position, message_id AS MessageId, message_type AS MessageType, body AS Body, trace_parent AS TraceParent
            FROM outbox_messages WHERE lease_owner = @Owner AND sent_at IS NULL ORDER BY position
            """,
            new { Owner = claim });
        await work.CommitAsync(cancellationToken);
        return claimed.ToList();
    }

    public static async Task MarkSentAsync(ModuleDatabase database, long position, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE outbox_messages SET sent_at = @SentAt, lease_owner = NULL, lease_until = NULL WHERE position = @Position",
            new { SentAt = sentAt, Position = position });
    }

    /// <summary>Gives the row back (lease cleared) with the error, so the next round tries it again.</summary>
    public static async Task MarkFailedAsync(ModuleDatabase database, long position, string error, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE outbox_messages SET attempts = attempts + 1, last_error = @Error, lease_owner = NULL, lease_until = NULL WHERE position = @Position",
            new { Error = error.Length > 1000 ? error[..1000] : error, Position = position });
    }

    public static async Task<int> CleanupAsync(ModuleDatabase database, DateTimeOffset sentBefore, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "DELETE FROM outbox_messages WHERE sent_at IS NOT NULL AND sent_at < @SentBefore", new { SentBefore = sentBefore });
    }

    public static async Task<long> PendingCountAsync(ModuleDatabase database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox_messages WHERE sent_at IS NULL");
    }
}
