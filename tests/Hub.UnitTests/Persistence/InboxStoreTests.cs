using Hub.Persistence.Inbox;

namespace Hub.UnitTests.Persistence;

public sealed class InboxStoreTests : IAsyncLifetime
{
    private readonly SqliteModule _db = new();

    public Task InitializeAsync() => _db.InitializeAsync();
    public Task DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task The_second_record_of_a_message_for_the_same_consumer_returns_false()
    {
        var id = Guid.NewGuid();
        await _db.Database.WriteAsync(async work =>
        {
            Assert.True(await work.TryMarkHandledAsync(id, "registry"));
            Assert.False(await work.TryMarkHandledAsync(id, "registry"));
        });

        await _db.WriteAndUndoAsync(async redelivery =>
        {
            Assert.False(await redelivery.TryMarkHandledAsync(id, "registry"));
            Assert.True(await redelivery.TryMarkHandledAsync(id, "another-consumer"));
        });

        Assert.Equal(1, await _db.CountAsync("SELECT COUNT(*) FROM inbox_messages"));
    }

    [Fact]
    public async Task A_record_rolled_back_with_a_failed_effect_lets_the_redelivery_in()
    {
        var id = Guid.NewGuid();
        await _db.WriteAndUndoAsync(async failed => Assert.True(await failed.TryMarkHandledAsync(id, "registry")));

        Assert.True(await _db.Database.WriteAsync(retry => retry.TryMarkHandledAsync(id, "registry")));
    }

    [Fact]
    public async Task Cleanup_deletes_only_records_older_than_the_window()
    {
        await _db.Database.WriteAsync(work => work.TryMarkHandledAsync(Guid.NewGuid(), "registry"));

        Assert.Equal(0, await InboxStore.CleanupAsync(_db.Database, DateTimeOffset.UtcNow - TimeSpan.FromDays(1), default));
        Assert.Equal(1, await InboxStore.CleanupAsync(_db.Database, DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1), default));
    }
}
