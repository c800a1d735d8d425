using System.Data.Common;
using Hub.Persistence;
using Microsoft.Data.Sqlite;

namespace Hub.UnitTests.Persistence;

/// <summary>
/// Read units borrow pooled connections: a later read reuses the connection of an earlier one and still sees
/// everything committed since (each read is its own snapshot), concurrent reads get their own, and none can write.
/// </summary>
public sealed class ReadConnectionPoolTests : IAsyncLifetime
{
    private readonly SqliteModule _db = new();

    public Task InitializeAsync() => _db.InitializeAsync();
    public Task DisposeAsync() => _db.DisposeAsync();

    private const string CountRecords = "SELECT COUNT(*) FROM inbox_messages WHERE consumer = 'pool-test'";

    [Fact]
    public async Task A_pooled_connection_is_reused_and_sees_later_commits()
    {
        var (first, before) = await _db.Database.ReadAsync(async read => (read.Connection, await read.ExecuteScalarAsync<long>(CountRecords)));
        Assert.Equal(0, before);

        await _db.Database.WriteAsync(work => work.TryMarkHandledAsync(Guid.NewGuid(), "pool-test"));

        var (again, after) = await _db.Database.ReadAsync(async read => (read.Connection, await read.ExecuteScalarAsync<long>(CountRecords)));
        Assert.Same(first, again);
        Assert.Equal(1, after);
    }

    [Fact]
    public async Task Reads_at_the_same_time_get_their_own_connections_and_snapshots()
    {
        var firstCounted = new TaskCompletionSource();
        var written = new TaskCompletionSource();
        DbConnection? firstConnection = null;
        var first = _db.Database.ReadAsync(async read =>
        {
            firstConnection = read.Connection;
            var before = await read.ExecuteScalarAsync<long>(CountRecords);
            firstCounted.SetResult();
            await written.Task;
            return (before, after: await read.ExecuteScalarAsync<long>(CountRecords));
        });

        await firstCounted.Task;
        var second = await _db.Database.ReadAsync(async read =>
        {
            Assert.NotSame(firstConnection, read.Connection);
            await _db.Database.WriteAsync(work => work.TryMarkHandledAsync(Guid.NewGuid(), "pool-test"));
            return await read.ExecuteScalarAsync<long>(CountRecords);
        });
        written.SetResult();

        // The first read's snapshot began before the commit; the second's begins at its first statement.
        Assert.Equal((0L, 0L), await first);
        Assert.Equal(1, second);
    }

    [Fact]
    public async Task A_read_unit_cannot_write_even_through_a_query()
    {
        var refused = await Assert.ThrowsAsync<SqliteException>(() => _db.Database.ReadAsync(read =>
            read.ExecuteScalarAsync<long>("INSERT INTO inbox_messages (message_id, consumer, handled_at) VALUES ('x', 'pool-test', '2026-01-01') RETURNING 1")));

        Assert.Contains("readonly", refused.Message.Replace(" ", "").ToLowerInvariant());
        Assert.Equal(0, await _db.CountAsync(CountRecords));
        // The writer's connection is not read-only: the driver's pool never hands it a reader's connection.
        Assert.True(await _db.Database.WriteAsync(work => work.TryMarkHandledAsync(Guid.NewGuid(), "pool-test")));
    }
}
