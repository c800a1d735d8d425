using System.Diagnostics;
using System.Text.Json;

namespace Hub.Persistence.Outbox;

/// <summary>A row waiting in the outbox: one event, in the order it was written.</summary>
public sealed record OutboxMessage(long Position, Guid MessageId, string MessageType, string Body, string? TraceParent);

/// <summary>The rows one relay holds a lease on, under a claim id unique to this one claim.</summary>
public sealed record OutboxClaim(string Owner, IReadOnlyList<OutboxMessage> Messages);

/// <summary>The transactional outbox's table: written with the state change, drained by the relay.</summary>
public static class OutboxStore
{
    public static Task EnqueueAsync(WriteUnit work, object message, Type type, Guid messageId) =>
        work.ExecuteAsync(
            OutboxSql.For(work.Database.Dialect).Enqueue,
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
    public static async Task<OutboxClaim> ClaimAsync(
        ModuleDatabase database, string owner, int limit, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sql = OutboxSql.For(database.Dialect);
        var claim = $"{owner}/{Guid.NewGuid():N}";
        var claimed = await database.WriteAsync(async work =>
        {
            await work.ExecuteAsync(sql.Claim, new { Owner = claim, Until = now + lease, Now = now, Limit = limit });
            return (await work.QueryAsync<OutboxMessage>(sql.Claimed, new { Owner = claim })).ToList();
        }, cancellationToken);
        return new OutboxClaim(claim, claimed);
    }

    /// <summary>False when the lease had run out and another relay took the row over meanwhile.</summary>
    public static async Task<bool> MarkSentAsync(ModuleDatabase database, OutboxClaim claim, long position, DateTimeOffset sentAt, CancellationToken cancellationToken) =>
        await database.WriteAsync(work => work.ExecuteAsync(
            OutboxSql.For(database.Dialect).MarkSent, new { SentAt = sentAt, Position = position, claim.Owner }), cancellationToken) == 1;

    /// <summary>
    /// Marks every claimed row up to <paramref name="lastPosition"/> sent, in one statement. Returns how many
    /// were still this claim's: fewer than published means the lease ran out and another relay took some over.
    /// </summary>
    public static Task<int> MarkSentThroughAsync(ModuleDatabase database, OutboxClaim claim, long lastPosition, DateTimeOffset sentAt, CancellationToken cancellationToken) =>
        database.WriteAsync(work => work.ExecuteAsync(
            OutboxSql.For(database.Dialect).MarkSentThrough, new { SentAt = sentAt, LastPosition = lastPosition, claim.Owner }), cancellationToken);

    /// <summary>Gives the row back (lease cleared) with the error, so the next round tries it again.</summary>
    public static Task MarkFailedAsync(ModuleDatabase database, OutboxClaim claim, long position, string error, CancellationToken cancellationToken) =>
        database.WriteAsync(work => work.ExecuteAsync(
            OutboxSql.For(database.Dialect).MarkFailed,
            new { Error = error.Length > 1000 ? error[..1000] : error, Position = position, claim.Owner }), cancellationToken);

    /// <summary>Clears the lease on the claim's unsent rows, so the next round starts again from the oldest.</summary>
    public static Task ReleaseAsync(ModuleDatabase database, OutboxClaim claim, CancellationToken cancellationToken) =>
        database.WriteAsync(work => work.ExecuteAsync(OutboxSql.For(database.Dialect).Release, new { claim.Owner }), cancellationToken);

    public static Task<int> CleanupAsync(ModuleDatabase database, DateTimeOffset sentBefore, CancellationToken cancellationToken) =>
        database.WriteAsync(work => work.ExecuteAsync(OutboxSql.For(database.Dialect).Cleanup, new { SentBefore = sentBefore }), cancellationToken);

    public static Task<long> PendingCountAsync(ModuleDatabase database, CancellationToken cancellationToken) =>
        database.ReadAsync(read => read.ExecuteScalarAsync<long>(OutboxSql.For(database.Dialect).PendingCount), cancellationToken);
}
