using Hub.Persistence;

namespace Hub.UnitTests.Persistence;

/// <summary>
/// Read-only units of work borrow pooled connections: a later read reuses the connection of an earlier one and
/// still sees everything committed since (each read is its own snapshot), and concurrent reads get their own.
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
        System.Data.Common.DbConnection first;
        await using (var read = await _db.Database.BeginReadAsync())
        {
            first = read.Connection;
            Assert.Equal(0, await read.ExecuteScalarAsync<long>(CountRecords));
        }

        await _db.Database.Batches.RunAsync(async work =>
        {
            await work.TryMarkHandledAsync(Guid.NewGuid(), "pool-test");
            await work.CommitAsync();
        });

        await using (var again = await _db.Database.BeginReadAsync())
        {
            Assert.Same(first, again.Connection);
            Assert.Equal(1, await again.ExecuteScalarAsync<long>(CountRecords));
        }
    }

    [Fact]
    public async Task Reads_at_the_same_time_get_their_own_connections_and_snapshots()
    {
        await using var first = await _db.Database.BeginReadAsync();
        Assert.Equal(0, await first.ExecuteScalarAsync<long>(CountRecords));
        await using var second = await _db.Database.BeginReadAsync();
        Assert.NotSame(first.Connection, second.Connection);

        await _db.Database.Batches.RunAsync(async work =>
        {
            await work.TryMarkHandledAsync(Guid.NewGuid(), "pool-test");
            await work.CommitAsync();
        });

        // The first read's snapshot began before the commit; the second's begins at its first statement.
        Assert.Equal(0, await first.ExecuteScalarAsync<long>(CountRecords));
        Assert.Equal(1, await second.ExecuteScalarAsync<long>(CountRecords));
    }
}
