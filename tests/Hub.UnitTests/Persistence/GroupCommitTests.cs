using System.Collections.Concurrent;
using System.Diagnostics;
using Hub.Contracts.Cases;
using Hub.Persistence;

namespace Hub.UnitTests.Persistence;

/// <summary>
/// The write unit keeps each caller's promise: a unit's effects, inbox record and events stand or fall together, one
/// unit's failure undoes only that unit, nobody hears "done" before the shared commit, and nothing after the commit
/// can turn a committed unit into a failed one.
/// </summary>
public sealed class GroupCommitTests : IAsyncLifetime
{
    private readonly RecordingObserver _observer = new();
    private readonly SqliteModule _db;

    public GroupCommitTests() => _db = new SqliteModule(_observer);

    public Task InitializeAsync() => _db.InitializeAsync();
    public Task DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task Units_arriving_together_each_keep_their_own_outcome()
    {
        var ids = Enumerable.Range(0, 60).Select(_ => Guid.NewGuid()).ToList();
        var units = ids.Select((id, i) => _db.Database.WriteAsync(async work =>
        {
            await work.TryMarkHandledAsync(id, "group-test");
            if (i % 10 == 3) throw new InvalidOperationException($"unit {i} fails");
            return "kept";
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
                Assert.Equal("kept", await units[i]);
            }
        }

        Assert.Equal(ids.Count - 6, await _db.CountAsync("SELECT COUNT(*) FROM inbox_messages WHERE consumer = 'group-test'"));
        foreach (var id in ids.Where((_, i) => i % 10 == 3))
        {
            Assert.Equal(0, await _db.CountAsync("SELECT COUNT(*) FROM inbox_messages WHERE message_id = @Id", new { Id = id }));
        }
    }

    [Fact]
    public async Task A_unit_sees_the_earlier_units_of_its_batch_as_one_transaction_would()
    {
        var id = Guid.NewGuid();
        var first = _db.Database.WriteAsync(work => work.TryMarkHandledAsync(id, "group-test"));
        var second = _db.Database.WriteAsync(work => work.TryMarkHandledAsync(id, "group-test"));

        Assert.True(await first);
        Assert.False(await second); // the redelivery is caught whether or not it shared the first's batch
        Assert.Equal(1, await _db.CountAsync("SELECT COUNT(*) FROM inbox_messages WHERE consumer = 'group-test'"));
    }

    [Fact]
    public async Task A_unit_is_durable_when_its_task_completes()
    {
        var id = Guid.NewGuid();
        await _db.Database.WriteAsync(work => work.TryMarkHandledAsync(id, "group-test"));

        // A separate connection sees it at once: the commit happened before the caller was told.
        Assert.Equal(1, await _db.CountAsync("SELECT COUNT(*) FROM inbox_messages WHERE message_id = @Id", new { Id = id }));
    }

    [Fact]
    public async Task A_step_after_the_commit_that_throws_fails_no_committed_unit()
    {
        _observer.ThrowOnCommit = true;
        var ids = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToList();

        // Before the fix the observer's exception was caught with the commit's and every unit of the batch was told it failed,
        // though its case, inbox record and events were committed: an HTTP client retrying without an externalId opened a second case.
        await Task.WhenAll(ids.Select(id => _db.Database.WriteAsync(work => work.PublishAsync(Opened(id), id))));

        Assert.Equal(ids.Count, await _db.CountAsync("SELECT COUNT(*) FROM outbox_messages"));
        Assert.True(_observer.Calls > 0);
    }

    [Fact]
    public async Task A_rolled_back_unit_publishes_nothing_and_counts_nothing_beside_committed_ones()
    {
        var units = Enumerable.Range(0, 30).Select(i => _db.Database.WriteAsync(async work =>
        {
            var id = Guid.NewGuid();
            await work.PublishAsync(Opened(id), id);
            if (i % 3 == 0) throw new InvalidOperationException("refused after publishing");
        })).ToList();
        foreach (var unit in units) await unit.ContinueWith(_ => { }, TaskScheduler.Default);

        Assert.Equal(20, await _db.CountAsync("SELECT COUNT(*) FROM outbox_messages"));
        // Before the fix the batch's list of published events kept the rolled-back units' entries: 30 counted as accepted.
        Assert.Equal(20, _observer.EventTypes.Count);
    }

    [Fact]
    public async Task A_write_inside_a_write_unit_joins_it_at_once_and_undoes_alone()
    {
        var (outer, kept, undone) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var watch = Stopwatch.StartNew();
        await _db.Database.WriteAsync(async work =>
        {
            await work.PublishAsync(Opened(outer), outer);
            await _db.Database.WriteAsync(nested => nested.PublishAsync(Opened(kept), kept));
            await Assert.ThrowsAsync<InvalidOperationException>(() => _db.Database.WriteAsync(async nested =>
            {
                await nested.PublishAsync(Opened(undone), undone);
                throw new InvalidOperationException("the nested unit fails");
            }));
            // A read inside the unit reads through it and sees its writes (a fresh connection would not yet).
            Assert.Equal(2, await _db.Database.ReadAsync(read => read.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox_messages")));
        });

        // Before, a nested unit waited 10 s for the writer gate the enclosing one held, then failed.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        var ids = await _db.Database.ReadAsync(async read => (await read.QueryAsync<Guid>("SELECT message_id FROM outbox_messages ORDER BY position")).ToList());
        Assert.Equal([outer, kept], ids);
        Assert.Equal(2, _observer.EventTypes.Count);
    }

    [Fact]
    public async Task A_unit_runs_in_its_callers_trace_so_its_events_carry_the_callers_trace_parent()
    {
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "group-commit-test", Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
        };
        ActivitySource.AddActivityListener(listener);
        using var source = new ActivitySource("group-commit-test");
        var traces = new List<string>();
        var units = new List<Task>();
        for (var i = 0; i < 5; i++)
        {
            using var request = source.StartActivity("request")!;
            traces.Add(request.TraceId.ToString());
            var id = Guid.NewGuid();
            units.Add(_db.Database.WriteAsync(work => work.PublishAsync(Opened(id), id)));
        }

        await Task.WhenAll(units);
        var parents = await _db.Database.ReadAsync(async read => (await read.QueryAsync<string>("SELECT trace_parent FROM outbox_messages ORDER BY position")).ToList());
        Assert.Equal(traces, parents.Select(p => ActivityContext.Parse(p, null).TraceId.ToString()));
    }

    [Fact]
    public async Task Every_commit_is_synchronous_full()
    {
        // FULL: a commit answered 201 or acknowledged to the broker survives a power loss; NORMAL in WAL mode may lose it.
        Assert.Equal(2, await _db.Database.WriteAsync(work => work.ExecuteScalarAsync<long>("PRAGMA synchronous")));
    }

    [Fact]
    public async Task Stopping_writes_what_was_queued_and_refuses_what_comes_after()
    {
        var queued = Enumerable.Range(0, 50).Select(_ => Guid.NewGuid()).Select(id => _db.Database.WriteAsync(work => work.TryMarkHandledAsync(id, "stop-test"))).ToList();
        await _db.Database.StopWriterAsync();

        Assert.All(await Task.WhenAll(queued), Assert.True);
        Assert.Equal(50, await _db.CountAsync("SELECT COUNT(*) FROM inbox_messages WHERE consumer = 'stop-test'"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => _db.Database.WriteAsync(work => work.TryMarkHandledAsync(Guid.NewGuid(), "stop-test")));
    }

    private static CaseOpened Opened(Guid id) => new(id, "social", Guid.NewGuid(), "c-" + new string('a', 32), 1,
        DateTimeOffset.UtcNow, "placement", "cw-1", null, DateTimeOffset.UtcNow, null);

    private sealed class RecordingObserver : ICommitObserver
    {
        private int _calls;
        public bool ThrowOnCommit { get; set; }
        public ConcurrentQueue<string> EventTypes { get; } = new();
        public int Calls => _calls;

        public void Committed(string module, IReadOnlyList<string> eventTypes)
        {
            Interlocked.Increment(ref _calls);
            if (ThrowOnCommit) throw new InvalidOperationException("a metrics exporter broke");
            foreach (var type in eventTypes) EventTypes.Enqueue(type);
        }
    }
}
