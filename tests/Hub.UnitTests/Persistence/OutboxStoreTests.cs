using System.Collections.Concurrent;
using Hub.Contracts.Cases;
using Hub.Messaging.Outbox;
using Hub.Persistence;
using Hub.Persistence.Outbox;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Hub.UnitTests.Persistence;

public sealed class OutboxStoreTests : IAsyncLifetime
{
    private readonly SqliteModule _db = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));

    public Task InitializeAsync() => _db.InitializeAsync();
    public Task DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task A_rolled_back_unit_of_work_leaves_no_outbox_row_and_no_inbox_record()
    {
        await _db.WriteAndUndoAsync(async work =>
        {
            Assert.True(await work.TryMarkHandledAsync(Guid.NewGuid(), "registry"));
            await work.PublishAsync(Event(), Guid.NewGuid());
        });

        Assert.Equal(0, await _db.CountAsync("SELECT COUNT(*) FROM outbox_messages"));
        Assert.Equal(0, await _db.CountAsync("SELECT COUNT(*) FROM inbox_messages"));
    }

    [Fact]
    public async Task A_committed_unit_of_work_leaves_one_pending_row_per_event()
    {
        await EnqueueAsync(3);
        Assert.Equal(3, await OutboxStore.PendingCountAsync(_db.Database, default));
    }

    [Fact]
    public async Task Two_relays_draining_at_once_publish_every_row_exactly_once_and_each_in_order()
    {
        var ids = await EnqueueAsync(600);
        var published = new ConcurrentQueue<(string Relay, long Position, Guid Id)>();
        var settings = new OutboxOptions { BatchSize = 25, Lease = TimeSpan.FromMinutes(5) };

        async Task RelayAsync(string relay)
        {
            while (await OutboxDrain.OnceAsync(_db.Database, relay, settings, TimeProvider.System, async (row, _) =>
                   {
                       published.Enqueue((relay, row.Position, row.MessageId));
                       await Task.Yield();
                   }, NullLogger.Instance, default) > 0)
            {
            }
        }

        await Task.WhenAll(RelayAsync("relay-a"), RelayAsync("relay-b"), RelayAsync("relay-c"));

        Assert.Equal(ids.Count, published.Count);
        Assert.Equal(ids.Order(), published.Select(p => p.Id).Order());
        Assert.Equal(0, await OutboxStore.PendingCountAsync(_db.Database, default));
        Assert.True(published.Select(p => p.Relay).Distinct().Count() > 1, "the relays should have shared the work");
        foreach (var relay in published.GroupBy(p => p.Relay))
        {
            var positions = relay.Select(p => p.Position).ToList();
            Assert.Equal(positions.Order(), positions);
        }
    }

    [Fact]
    public async Task A_live_lease_keeps_rows_from_another_relay_and_an_expired_one_lets_it_take_over()
    {
        await EnqueueAsync(5);
        var lease = TimeSpan.FromSeconds(30);
        var first = await OutboxStore.ClaimAsync(_db.Database, "crashed", 10, lease, _time.GetUtcNow(), default);
        Assert.Equal(5, first.Messages.Count);

        var during = await OutboxStore.ClaimAsync(_db.Database, "other", 10, lease, _time.GetUtcNow() + TimeSpan.FromSeconds(29), default);
        Assert.Empty(during.Messages);

        var after = await OutboxStore.ClaimAsync(_db.Database, "other", 10, lease, _time.GetUtcNow() + TimeSpan.FromSeconds(31), default);
        Assert.Equal(first.Messages.Select(m => m.MessageId), after.Messages.Select(m => m.MessageId));

        // The first owner comes back late: its mark must not count, the row belongs to the new owner.
        Assert.False(await OutboxStore.MarkSentAsync(_db.Database, first, first.Messages[0].Position, _time.GetUtcNow(), default));
        Assert.True(await OutboxStore.MarkSentAsync(_db.Database, after, after.Messages[0].Position, _time.GetUtcNow(), default));
    }

    [Fact]
    public async Task A_window_is_marked_sent_in_one_statement_up_to_the_last_confirmed_row_and_only_for_its_own_claim()
    {
        await EnqueueAsync(6);
        var lease = TimeSpan.FromSeconds(30);
        var claim = await OutboxStore.ClaimAsync(_db.Database, "relay", 10, lease, _time.GetUtcNow(), default);

        var marked = await OutboxStore.MarkSentThroughAsync(_db.Database, claim, claim.Messages[3].Position, _time.GetUtcNow(), default);

        Assert.Equal(4, marked);
        Assert.Equal(2, await OutboxStore.PendingCountAsync(_db.Database, default));
        var late = new OutboxClaim("someone-else", claim.Messages);
        Assert.Equal(0, await OutboxStore.MarkSentThroughAsync(_db.Database, late, claim.Messages[5].Position, _time.GetUtcNow(), default));
    }

    [Fact]
    public async Task A_window_whose_fourth_row_fails_marks_three_sent_and_the_next_round_starts_at_the_fourth()
    {
        var ids = await EnqueueAsync(6);
        var settings = new OutboxOptions { BatchSize = 10 };
        var rounds = new List<IReadOnlyList<Guid>>();

        await Assert.ThrowsAsync<TimeoutException>(() => OutboxDrain.OnceAsync(_db.Database, "relay", settings, _time, (rows, _) =>
        {
            rounds.Add(rows.Select(r => r.MessageId).ToList());
            return Task.FromResult(new OutboxWindowResult(3, new TimeoutException("no confirm")));
        }, NullLogger.Instance, default));
        await OutboxDrain.OnceAsync(_db.Database, "relay", settings, _time, (rows, _) =>
        {
            rounds.Add(rows.Select(r => r.MessageId).ToList());
            return Task.FromResult(new OutboxWindowResult(rows.Count, null));
        }, NullLogger.Instance, default);

        Assert.Equal(ids, rounds[0]);
        Assert.Equal(ids.Skip(3), rounds[1]);
        Assert.Equal(0, await OutboxStore.PendingCountAsync(_db.Database, default));
        Assert.Equal(1, await _db.CountAsync("SELECT attempts FROM outbox_messages WHERE message_id = @Id", new { Id = ids[3] }));
    }

    [Fact]
    public async Task A_failed_publish_stops_the_batch_and_the_next_round_resumes_at_the_failed_row()
    {
        var ids = await EnqueueAsync(5);
        var settings = new OutboxOptions { BatchSize = 10 };
        var published = new List<Guid>();
        var attempt = 0;

        await Assert.ThrowsAsync<InvalidOperationException>(() => OutboxDrain.OnceAsync(_db.Database, "relay", settings, _time, (row, _) =>
        {
            if (++attempt == 3) throw new InvalidOperationException("broker unreachable");
            published.Add(row.MessageId);
            return Task.CompletedTask;
        }, NullLogger.Instance, default));

        Assert.Equal(ids.Take(2), published);
        await OutboxDrain.OnceAsync(_db.Database, "relay", settings, _time, (row, _) =>
        {
            published.Add(row.MessageId);
            return Task.CompletedTask;
        }, NullLogger.Instance, default);

        Assert.Equal(ids, published);
        Assert.Equal(1, await _db.CountAsync("SELECT attempts FROM outbox_messages WHERE message_id = @Id", new { Id = ids[2] }));
    }

    [Fact]
    public async Task A_restarted_relay_resumes_with_the_rows_left_pending()
    {
        var ids = await EnqueueAsync(4);
        var settings = new OutboxOptions { BatchSize = 2 };
        var published = new List<Guid>();
        Task Publish(OutboxMessage row, CancellationToken _) { published.Add(row.MessageId); return Task.CompletedTask; }

        await OutboxDrain.OnceAsync(_db.Database, "before-restart", settings, _time, Publish, NullLogger.Instance, default);
        await OutboxDrain.OnceAsync(_db.Database, "after-restart", settings, _time, Publish, NullLogger.Instance, default);

        Assert.Equal(ids, published);
    }

    [Fact]
    public async Task Cleanup_removes_sent_rows_and_inbox_records_past_their_retention_only()
    {
        var options = new OutboxOptions { SentRetention = TimeSpan.FromDays(7), InboxRetention = TimeSpan.FromDays(30) };
        var ids = await EnqueueAsync(3);
        var claim = await OutboxStore.ClaimAsync(_db.Database, "relay", 10, options.Lease, _time.GetUtcNow(), default);
        await OutboxStore.MarkSentAsync(_db.Database, claim, claim.Messages[0].Position, _time.GetUtcNow() - TimeSpan.FromDays(8), default);
        await OutboxStore.MarkSentAsync(_db.Database, claim, claim.Messages[1].Position, _time.GetUtcNow() - TimeSpan.FromDays(6), default);
        await OutboxStore.ReleaseAsync(_db.Database, claim, default);
        await _db.Database.WriteAsync(async work =>
        {
            await work.ExecuteAsync("INSERT INTO inbox_messages (message_id, consumer, handled_at) VALUES (@Id, 'registry', @At)",
                new { Id = Guid.NewGuid(), At = _time.GetUtcNow() - TimeSpan.FromDays(31) });
            await work.ExecuteAsync("INSERT INTO inbox_messages (message_id, consumer, handled_at) VALUES (@Id, 'registry', @At)",
                new { Id = Guid.NewGuid(), At = _time.GetUtcNow() - TimeSpan.FromDays(29) });
        });

        var cleanup = new OutboxCleanup(_db.Database, Options.Create(options), _time, NullLogger<OutboxCleanup>.Instance);
        await cleanup.CleanupOnceAsync(default);

        var left = (await QueryIdsAsync("SELECT message_id FROM outbox_messages ORDER BY position")).ToList();
        Assert.Equal([ids[1], ids[2]], left);
        Assert.Equal(1, await _db.CountAsync("SELECT COUNT(*) FROM inbox_messages"));
    }

    private Task<List<Guid>> QueryIdsAsync(string sql) =>
        _db.Database.ReadAsync(async read => (await read.QueryAsync<Guid>(sql)).ToList());

    private async Task<List<Guid>> EnqueueAsync(int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i += 50)
        {
            var first = i;
            await _db.Database.WriteAsync(async work =>
            {
                for (var j = first; j < Math.Min(count, first + 50); j++)
                {
                    var id = Guid.CreateVersion7();
                    await work.PublishAsync(Event(id), id);
                    ids.Add(id);
                }
            });
        }

        return ids;
    }

    private static CaseOpened Event(Guid? id = null) => new(id ?? Guid.NewGuid(), "social", Guid.NewGuid(), "c-" + new string('a', 32), 1,
        DateTimeOffset.UtcNow, "placement", "cw-1", null, DateTimeOffset.UtcNow, null);
}
