using Hub.Persistence;

namespace Hub.UnitTests.Persistence;

/// <summary>
/// Group commit keeps each unit of work's promise: a unit's effects and inbox record stand or fall together,
/// one unit's failure undoes only that unit, and nobody hears "done" before the shared commit.
/// </summary>
public sealed class GroupCommitTests : IAsyncLifetime
{
    private readonly SqliteModule _db = new();

    public Task InitializeAsync() => _db.InitializeAsync();
    public Task DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task Units_arriving_together_each_keep_their_own_outcome()
    {
        var ids = Enumerable.Range(0, 60).Select(_ => Guid.NewGuid()).ToList();
        var units = ids.Select((id, i) => _db.Database.Batches.RunAsync(async work =>
        {
            await work.TryMarkHandledAsync(id, "group-test");
            if (i % 10 == 3) throw new InvalidOperationException($"unit {i} fails");
            if (i % 10 == 7) return "left without commit";
            await work.CommitAsync();
            return "committed";
        })).ToList();

        for (var i = 0; i < units.Count; i++)
        {
            if (i % 10 == 3)
            {
                var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => units[i]);
                Assert.Equal($"unit {i} fails", failure.Message);
            }
            else
            {
                Assert.Equal(i % 10 == 7 ? "left without commit" : "committed", await units[i]);
            }
        }

        var kept = ids.Where((_, i) => i % 10 is not 3 and not 7).ToList();
        Assert.Equal(kept.Count, await _db.CountAsync("SELECT COUNT(*) FROM inbox_messages WHERE consumer = 'group-test'"));
        foreach (var id in ids.Where((_, i) => i % 10 is 3 or 7))
        {
            Assert.Equal(0, await _db.CountAsync("SELECT COUNT(*) FROM inbox_messages WHERE message_id = @Id", new { Id = id }));
        }
    }

    [Fact]
    public async Task A_unit_sees_the_earlier_units_of_its_batch_as_one_transaction_would()
    {
        var id = Guid.NewGuid();
        var first = _db.Database.Batches.RunAsync(async work =>
        {
            var recorded = await work.TryMarkHandledAsync(id, "group-test");
            await work.CommitAsync();
            return recorded;
        });
        var second = _db.Database.Batches.RunAsync(async work =>
        {
            var recorded = await work.TryMarkHandledAsync(id, "group-test");
            await work.CommitAsync();
            return recorded;
        });

        Assert.True(await first);
        Assert.False(await second); // the redelivery is caught whether or not it shared the first's batch
        Assert.Equal(1, await _db.CountAsync("SELECT COUNT(*) FROM inbox_messages WHERE consumer = 'group-test'"));
    }

    [Fact]
    public async Task A_unit_is_durable_when_its_task_completes()
    {
        var id = Guid.NewGuid();
        await _db.Database.Batches.RunAsync(async work =>
        {
            await work.TryMarkHandledAsync(id, "group-test");
            await work.CommitAsync();
        });

        // A separate connection sees it at once: the commit happened before the caller was told.
        Assert.Equal(1, await _db.CountAsync("SELECT COUNT(*) FROM inbox_messages WHERE message_id = @Id", new { Id = id }));
    }
}
