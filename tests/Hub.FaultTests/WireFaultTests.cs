using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Contracts.Cases;
using Hub.FaultTests.Support;
using Hub.Testing;
using Xunit.Abstractions;

namespace Hub.FaultTests;

/// <summary>Faults on the wire itself: every message twice, the stream shuffled, a poison message in the middle.</summary>
[Collection(FaultCollection.Name)]
public sealed class WireFaultTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_event_delivered_twice_is_applied_once()
    {
        await using var run = await FaultRun.StartAsync("duplicates", output);
        await using var publisher = await RawPublisher.ConnectAsync(run.Topology.VirtualHost);
        var workload = new CentreWorkload(run.Topology, cases: 800, citizens: 300);
        var stream = Task.Run(() => workload.RunAsync(concurrency: 12));

        // Copy each event the relays published and put it on the wire again under a new message id.
        var positions = Databases.Centres.ToDictionary(c => c, _ => 0L);
        var duplicated = 0;
        async Task DuplicatePublishedAsync()
        {
            foreach (var centre in Databases.Centres)
            {
                var rows = await Databases.SentOutboxRowsAsync(run.DataFolder, centre, positions[centre]);
                foreach (var window in rows.Chunk(100))
                {
                    await Task.WhenAll(window.Select(row => publisher.PublishAsync(row.MessageType, row.Body, Guid.NewGuid())));
                    positions[centre] = window[^1].Position;
                    duplicated += window.Length;
                }
            }
        }

        while (!stream.IsCompleted)
        {
            await DuplicatePublishedAsync();
            await Task.Delay(200);
        }

        await stream;
        await Eventually.ReturnsAsync(() => Databases.PendingOutboxAsync(run.DataFolder), p => p == 0, TimeSpan.FromSeconds(60), "the relays to publish everything");
        await DuplicatePublishedAsync();
        var healed = run.Elapsed;
        run.Note($"stream done: {workload.Acknowledged} events acknowledged, {duplicated} duplicates injected");

        var drain = await run.DrainCentresAsync("the last duplicate", healed);
        var expected = await Databases.CommittedByCentresAsync(run.DataFolder);
        Assert.Equal(expected.Events.Count, duplicated);
        run.Report(await Verdict.OfAsync(run.DataFolder, expected), new Dictionary<string, TimeSpan> { ["the last duplicate"] = drain },
            new { duplicatesInjected = duplicated });
    }

    [Fact]
    public async Task A_shuffled_stream_ends_in_the_same_state_on_a_quorum_queue()
    {
        await using var run = await FaultRun.StartAsync("shuffled", output);
        var queues = await run.QueuesAsync();
        Assert.Equal("quorum", queues[FaultRun.HubQueue].Type);

        var stream = GeneratedStream.Create(atLeastEvents: 2000, citizens: 300, seed: 11).Shuffled(seed: 12);
        await using (var publisher = await RawPublisher.ConnectAsync(run.Topology.VirtualHost))
        {
            await stream.PublishAsync(publisher);
        }

        var published = run.Elapsed;
        run.Note($"{stream.Events.Count} shuffled events published for {stream.Cases.Count} cases");
        var drain = await run.DrainAsync(stream.Expectation, "the last event", published);
        run.Report(await Verdict.OfAsync(run.DataFolder, stream.Expectation), new Dictionary<string, TimeSpan> { ["the last event"] = drain },
            new { hubQueueType = queues[FaultRun.HubQueue].Type });
    }

    [Fact]
    public async Task A_poison_message_goes_to_the_error_queue_the_rest_flows_past_and_a_replay_after_the_fix_brings_it_in()
    {
        await using var run = await FaultRun.StartAsync("poison", output);
        var stream = GeneratedStream.Create(atLeastEvents: 2000, citizens: 300, seed: 21);
        var middle = stream.Events.Count / 2;
        var poison = stream.Events[middle];
        var invalid = new CaseOpened(Guid.NewGuid(), "nowhere", Guid.NewGuid(), stream.Events[0].CitizenId, 1, DateTimeOffset.UtcNow,
            "contact-person", "cw-1", null, DateTimeOffset.UtcNow, null);

        // The poison fails for a missing precondition (a fault in the hub, not in the message) until ops fix it.
        await Databases.ExecuteAsync(run.DataFolder, "coordination",
            $"CREATE TRIGGER fault_test_poison BEFORE INSERT ON timeline_entries WHEN NEW.event_id = '{poison.EventId:D}' " +
            "BEGIN SELECT RAISE(ABORT, 'fault test: precondition missing'); END;");
        await using (var publisher = await RawPublisher.ConnectAsync(run.Topology.VirtualHost))
        {
            await stream.PublishAsync(publisher, async i =>
            {
                if (i == middle) await GeneratedStream.PublishOneAsync(publisher, invalid);
            });
        }

        var published = run.Elapsed;
        var allButPoison = stream.Expectation with { Events = stream.Expectation.Events.Where(e => e.EventId != poison.EventId).ToList() };
        var drainPast = await run.DrainAsync(allButPoison, "the stream, past the poison", published);
        await Eventually.ReturnsAsync(() => run.QueueDepthAsync(FaultRun.HubErrorQueue), n => n == 2, TimeSpan.FromSeconds(60), "both bad messages in the error queue");
        Assert.Equal(0, await Databases.ScalarAsync(run.DataFolder, "coordination",
            $"SELECT COUNT(*) FROM timeline_entries WHERE event_id = '{poison.EventId:D}'"));

        using var ops = new HttpClient { BaseAddress = run.Topology["coordination"].BaseAddress };
        ops.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestSecrets.Ops());
        using var caseworker = new HttpClient { BaseAddress = run.Topology["coordination"].BaseAddress };
        caseworker.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestSecrets.Caseworker("cw-1", "social"));
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.GetAsync($"/ops/error-queues/{FaultRun.HubQueue}")).StatusCode);

        var listing = await ops.GetStringAsync($"/ops/error-queues/{FaultRun.HubQueue}");
        run.Note($"error queue listing: {listing}");
        Assert.DoesNotContain("citizenId", listing, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(poison.CitizenId, listing, StringComparison.Ordinal);
        var messages = JsonDocument.Parse(listing).RootElement.GetProperty("messages").EnumerateArray().ToList();
        var failed = messages.Single(m => m.GetProperty("eventId").GetString() == poison.EventId.ToString());
        Assert.Contains("precondition missing", failed.GetProperty("exceptionMessage").GetString());
        Assert.True(failed.GetProperty("retryCount").GetInt32() > 0, "a failure that might be transient is retried before the error queue");
        var rejected = messages.Single(m => m.GetProperty("eventId").GetString() == invalid.EventId.ToString());
        Assert.EndsWith("PermanentMessageException", rejected.GetProperty("exceptionType").GetString());
        Assert.Contains("not a known centre", rejected.GetProperty("exceptionMessage").GetString());
        Assert.Equal(0, rejected.GetProperty("retryCount").GetInt32());

        // The fix, then the documented replay of everything in the error queue.
        await Databases.ExecuteAsync(run.DataFolder, "coordination", "DROP TRIGGER fault_test_poison;");
        var replayedAt = run.Elapsed;
        var replay = await ops.PostAsJsonAsync($"/ops/error-queues/{FaultRun.HubQueue}/replay", new { });
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        var replayed = await replay.Content.ReadFromJsonAsync<JsonElement>();
        run.Note($"replay: {replayed}");
        Assert.Equal(2, replayed.GetProperty("replayed").GetInt32());

        var drainReplay = await run.DrainAsync(stream.Expectation, "the replay", replayedAt);
        // The invalid message cannot be fixed by a replay: it is back in the error queue, and never applied.
        await Eventually.ReturnsAsync(() => run.QueueDepthAsync(FaultRun.HubErrorQueue), n => n == 1, TimeSpan.FromSeconds(30), "the invalid message back in the error queue");
        run.Report(await Verdict.OfAsync(run.DataFolder, stream.Expectation),
            new Dictionary<string, TimeSpan> { ["the stream, past the poison"] = drainPast, ["the replay"] = drainReplay },
            new { poisonRetries = failed.GetProperty("retryCount").GetInt32() });
    }
}
