using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Hub.Contracts;
using Hub.Testing;
using Xunit.Abstractions;

namespace Hub.FaultTests.Support;

/// <summary>What one run of <see cref="ScaleOutRun"/> ends with.</summary>
/// <param name="Consumed">Messages each hub instance consumed (a killed instance's count before the kill added to its count after).</param>
/// <param name="AppliedPerSecond">Events applied over the span from the first to the last inbox record: the hub's pace, without its start-up.</param>
public sealed record ScaleOutOutcome(HubEndState State, IReadOnlyList<long> Consumed, long Messages, double AppliedPerSecond);

/// <summary>
/// One generated stream applied by one or more hub processes on one SQLite file and one queue: the queue is
/// filled while the hubs are down (the stream shuffled, every seventh event sent twice under a new message id,
/// as a centre's system that retries would), then every hub starts at once and drains it.
/// </summary>
public static class ScaleOutRun
{
    public const int CaseloadCap = 4;

    /// <summary>A deadline pass every 2 s, and a cap low enough that the pass has caseworkers over it to alert on.</summary>
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Coordination__Deadlines__EvaluationInterval"] = "00:00:02",
        ["Coordination__Lead__CaseloadCap"] = CaseloadCap.ToString(CultureInfo.InvariantCulture),
    };

    public static async Task<ScaleOutOutcome> ApplyAsync(string name, GeneratedStream stream, int hubs, bool killOneMidStream, ITestOutputHelper output)
    {
        await using var run = await FaultRun.StartAsync(name, output, new Dictionary<string, int> { ["coordination"] = hubs }, Settings);
        var hubProcesses = Enumerable.Range(1, hubs).Select(i => run.Topology[HubTopology.InstanceName("coordination", i)]).ToList();
        run.Note($"{hubs} hub instance(s) migrated one fresh file at once and started");
        await Task.WhenAll(hubProcesses.Select(h => h.StopAsync()));

        await PlantConsentsAsync(run.DataFolder, stream);
        var duplicates = stream.Events.Where((_, i) => i % 7 == 0).ToList();
        await using (var publisher = await RawPublisher.ConnectAsync(run.Topology.VirtualHost))
        {
            await stream.PublishAsync(publisher);
            foreach (var window in duplicates.Chunk(100)) await Task.WhenAll(window.Select(e => GeneratedStream.PublishOneAsync(publisher, e)));
        }

        var messages = stream.Events.Count + duplicates.Count;
        run.Note($"queue filled: {stream.Events.Count} events for {stream.Cases.Count} cases, {duplicates.Count} sent twice");

        var started = run.Elapsed;
        await Task.WhenAll(hubProcesses.Select(h => h.StartAsync()));
        long consumedBeforeKill = 0;
        if (killOneMidStream)
        {
            await Eventually.ReturnsAsync(() => Databases.ScalarAsync(run.DataFolder, "coordination", "SELECT COUNT(*) FROM timeline_entries"),
                n => n >= stream.Events.Count * 0.4, TimeSpan.FromSeconds(120), "40% of the stream applied");
            var victim = hubProcesses[^1];
            consumedBeforeKill = await ConsumedAsync(victim);
            await victim.KillAsync();
            run.Note($"{victim.Name} SIGKILLed after consuming {consumedBeforeKill} messages; the other instance takes its unacknowledged ones");
            await Task.Delay(TimeSpan.FromSeconds(1));
            await victim.StartAsync();
            run.Note($"{victim.Name} started again");
        }

        var drain = await run.DrainAsync(stream.Expectation, "the filled queue", started);

        // The deadline pass (one instance at a time, under its lease) must catch up with the final state.
        var due = await HubEndState.OverCapDueAsync(run.DataFolder, CaseloadCap);
        await Eventually.ReturnsAsync(() => HubEndState.OpenOverCapAsync(run.DataFolder), open => open.SequenceEqual(due), TimeSpan.FromSeconds(30),
            $"the deadline pass to alert on the {due.Count} caseworkers over the cap");

        var consumed = new List<long>();
        foreach (var hub in hubProcesses) consumed.Add(await ConsumedAsync(hub));
        if (killOneMidStream) consumed[^1] += consumedBeforeKill;
        var rate = await AppliedPerSecondAsync(run.DataFolder);
        var state = await HubEndState.ReadAsync(run.DataFolder);
        run.Note($"{hubs} instance(s): {state}; consumed {string.Join(" + ", consumed)} of {messages} messages; {rate:0} events/s applied");
        run.Report(await Verdict.OfAsync(run.DataFolder, stream.Expectation), new Dictionary<string, TimeSpan> { ["the filled queue"] = drain },
            new { hubs, consumed, messages, appliedPerSecond = Math.Round(rate), killOneMidStream });
        return new ScaleOutOutcome(state, consumed, messages, rate);
    }

    /// <summary>Every second citizen consented to sharing between every centre (written as the consent endpoint would, before any event).</summary>
    private static Task PlantConsentsAsync(string dataFolder, GeneratedStream stream)
    {
        var citizens = stream.Events.Select(e => e.CitizenId).Distinct().Order(StringComparer.Ordinal).Where((_, i) => i % 2 == 0);
        var inserts = citizens.Select(c =>
            "INSERT INTO consents (consent_id, citizen_id, scope, purpose, given_by, given_at, expires_on) " +
            $"VALUES ('{Guid.NewGuid():D}', '{c}', '{string.Join(',', Departments.All)}', 'scale-out test', 'test', '2026-01-01T00:00:00.0000000Z', NULL);");
        return Databases.ExecuteAsync(dataFolder, "coordination", string.Join('\n', inserts));
    }

    private static async Task<long> ConsumedAsync(ServiceProcess hub)
    {
        using var client = new HttpClient { BaseAddress = hub.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestSecrets.Ops());
        var status = JsonDocument.Parse(await client.GetStringAsync("/ops/status")).RootElement;
        return status.GetProperty("instance").GetProperty("messagesConsumed").GetInt64();
    }

    private static async Task<double> AppliedPerSecondAsync(string dataFolder)
    {
        var span = (await Databases.QueryAsync(dataFolder, "coordination",
            "SELECT MIN(handled_at), MAX(handled_at), COUNT(*) FROM inbox_messages WHERE consumer = 'registry'",
            r => (First: DateTimeOffset.Parse(r.GetString(0), CultureInfo.InvariantCulture), Last: DateTimeOffset.Parse(r.GetString(1), CultureInfo.InvariantCulture), Count: r.GetInt64(2)))).Single();
        return span.Count / Math.Max(0.001, (span.Last - span.First).TotalSeconds);
    }
}
