using System.Diagnostics;
using System.Text.Json;
using Hub.Testing;
using Xunit.Abstractions;

namespace Hub.FaultTests.Support;

/// <summary>
/// One fault test's world: the whole hub as processes on a fresh virtual host, a stopwatch, and the
/// figures it reports (to the test output and to <c>TestResults/fault-tests/results.jsonl</c>).
/// </summary>
public sealed class FaultRun : IAsyncDisposable
{
    public const string HubQueue = "hub-centre-events";
    public const string HubErrorQueue = HubQueue + "_error";

    /// <summary>A crashed relay's lease runs out this fast here (30 s by default), so the tests need not wait it out.</summary>
    private static readonly Dictionary<string, string> Environment = new() { ["Outbox__Lease"] = "00:00:05" };

    private readonly ITestOutputHelper _output;
    private readonly Stopwatch _clock;
    private readonly List<string> _notes = [];

    private FaultRun(string fault, HubTopology topology, ITestOutputHelper output, Stopwatch clock)
    {
        _clock = clock;
        Fault = fault;
        Topology = topology;
        _output = output;
    }

    public string Fault { get; }
    public HubTopology Topology { get; }
    public string DataFolder => Topology.DataFolder;
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <param name="instances">Processes per service beyond one (see <see cref="HubTopology.StartAsync"/>).</param>
    /// <param name="environment">Settings for every service on top of the fault tests' own.</param>
    public static async Task<FaultRun> StartAsync(
        string fault, ITestOutputHelper output, IReadOnlyDictionary<string, int>? instances = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var clock = Stopwatch.StartNew();
        var settings = new Dictionary<string, string>(Environment);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) settings[key] = value;
        var topology = await HubTopology.StartAsync("fault-" + fault, settings, instances: instances);
        var run = new FaultRun(fault, topology, output, clock);
        run.Note($"topology up in {run.Elapsed.TotalSeconds:0.0} s");
        return run;
    }

    public void Note(string note)
    {
        var line = $"[{Fault} +{Elapsed.TotalSeconds:0.0}s] {note}";
        _notes.Add(line);
        _output.WriteLine(line);
    }

    /// <summary>Starts the stream and returns once <paramref name="share"/> of it has been sent, with the stream still running.</summary>
    public async Task<Task> StartStreamAsync(CentreWorkload workload, double share, int concurrency = 12)
    {
        var stream = Task.Run(() => workload.RunAsync(concurrency));
        while (workload.Started < workload.PlannedEvents * share && !stream.IsCompleted) await Task.Delay(20);
        if (stream.IsFaulted) await stream;
        return stream;
    }

    /// <summary>
    /// Waits until no centre has an unsent outbox row, the hub holds every expected event, and the hub's
    /// queue is empty (so a late duplicate would have been seen). Returns the time from <paramref name="since"/>
    /// (a point on <see cref="Elapsed"/>, e.g. when the fault was healed) until then.
    /// </summary>
    public async Task<TimeSpan> DrainAsync(Func<Task<Expectation>> expected, string after, TimeSpan since, TimeSpan? within = null)
    {
        var deadline = Elapsed + (within ?? TimeSpan.FromSeconds(180));
        while (true)
        {
            var expectation = await expected();
            var pending = await Databases.PendingOutboxAsync(DataFolder);
            var inHub = await Databases.ScalarAsync(DataFolder, "coordination", "SELECT COUNT(*) FROM timeline_entries");
            if (pending == 0 && inHub >= expectation.Events.Count && await QueueDepthAsync(HubQueue) == 0)
            {
                break;
            }

            if (Elapsed > deadline)
            {
                Note($"NOT drained after {after}: {pending} pending in outboxes, {inHub} of {expectation.Events.Count} in hub");
                break;
            }

            await Task.Delay(300);
        }

        var drain = Elapsed - since;
        Note($"drained {drain.TotalSeconds:0.0} s after {after}");
        return drain;
    }

    public Task<TimeSpan> DrainAsync(Expectation expected, string after, TimeSpan since) => DrainAsync(() => Task.FromResult(expected), after, since);

    public Task<TimeSpan> DrainCentresAsync(string after, TimeSpan since) =>
        DrainAsync(() => Databases.CommittedByCentresAsync(DataFolder), after, since);

    /// <summary>Ready plus unacknowledged messages, from the broker itself.</summary>
    public async Task<long> QueueDepthAsync(string queue) =>
        (await QueuesAsync()).TryGetValue(queue, out var queueInfo) ? queueInfo.Messages : -1;

    public async Task<Dictionary<string, (string Type, long Messages)>> QueuesAsync()
    {
        var listing = await TestBroker.ControlAsync("ctl", "-q", "list_queues", "-p", Topology.VirtualHost, "--no-table-headers", "name", "type", "messages");
        return listing.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('\t', StringSplitOptions.TrimEntries))
            .Where(parts => parts.Length == 3 && long.TryParse(parts[2], out _))
            .ToDictionary(parts => parts[0], parts => (parts[1], long.Parse(parts[2])));
    }

    /// <summary>Prints and records the figures, then asserts every event is in the hub exactly once.</summary>
    public void Report(Verdict verdict, IReadOnlyDictionary<string, TimeSpan> drains, object? extra = null)
    {
        Note($"events sent {verdict.EventsSent}, in hub {verdict.EventsInHub}, duplicates {verdict.Duplicates}, lost {verdict.Lost}, " +
             $"unexpected {verdict.Unexpected}, citizens with wrong counts {verdict.CitizensWithWrongCounts}, case mismatches {verdict.CaseMismatches}; " +
             string.Join(", ", drains.Select(d => $"drain after {d.Key} {d.Value.TotalSeconds:0.0} s")) + $"; total {Elapsed.TotalSeconds:0.0} s");
        var folder = Path.Combine(HubTopology.RepositoryRoot(), "TestResults", "fault-tests");
        Directory.CreateDirectory(folder);
        File.AppendAllText(Path.Combine(folder, "results.jsonl"), JsonSerializer.Serialize(new
        {
            fault = Fault,
            at = DateTimeOffset.UtcNow,
            verdict.EventsSent,
            verdict.EventsInHub,
            verdict.Duplicates,
            verdict.Lost,
            verdict.Unexpected,
            verdict.CitizensWithWrongCounts,
            verdict.CaseMismatches,
            drainSeconds = drains.ToDictionary(d => d.Key, d => Math.Round(d.Value.TotalSeconds, 1)),
            totalSeconds = Math.Round(Elapsed.TotalSeconds, 1),
            extra,
        }, JsonSerializerOptions.Web) + "\n");

        if (!verdict.ExactlyOnce)
        {
            foreach (var service in Topology.Services)
            {
                var lines = service.Output.Where(l => l.Contains("warn", StringComparison.OrdinalIgnoreCase) || l.Contains("fail", StringComparison.OrdinalIgnoreCase) || l.Contains("Exception", StringComparison.Ordinal)).TakeLast(15);
                _output.WriteLine($"--- {service.Name} (last warnings) ---\n{string.Join('\n', lines)}");
            }
        }

        Assert.True(verdict.EventsSent >= 2000, $"the stream must carry at least 2,000 events, it carried {verdict.EventsSent}");
        Assert.True(verdict.ExactlyOnce, $"not exactly once: {verdict}");
    }

    public async ValueTask DisposeAsync()
    {
        if (await TestBroker.ControlAsync("status").ContinueWith(t => !t.IsFaulted) is false)
        {
            await TestBroker.StartAsync();
        }

        await Topology.DisposeAsync();
    }
}
