using System.Diagnostics;
using Hub.Benchmarks.Anchors;
using Hub.Benchmarks.Pipeline;
using Hub.Benchmarks.Infrastructure;
using Hub.Benchmarks.Load;
using Hub.Benchmarks.Reporting;
using Hub.Testing;

namespace Hub.Benchmarks;

/// <summary>
/// One run, in order: the anchors (nothing else running), then the hub over RabbitMQ (query at a small size,
/// ingest, bulk ingest, freshness, query at a large size, memory), then standalone (ingest, memory). Everything it starts
/// it stops again by PID.
/// </summary>
public static class BenchmarkRun
{
    public static async Task<RunResult> ExecuteAsync(RunSettings settings)
    {
        var clock = Stopwatch.StartNew();
        var run = new RunResult
        {
            Label = settings.Label,
            Mode = settings.Smoke ? "smoke" : "full",
            Commit = await CommitAsync(),
            StartedAt = DateTimeOffset.UtcNow,
            LoadAverageAtStart = File.ReadAllText("/proc/loadavg").Split(' ').Take(3).Aggregate((a, b) => $"{a} {b}"),
        };

        await LoadTools.EnsureInstalledAsync();
        await using (var broker = await PrivateBroker.StartAsync())
        {
            if (settings.Runs("anchors")) await AnchorsAsync(settings, run);
            if (settings.Distributed) await DistributedAsync(settings, run);
        }

        if (settings.Runs("standalone")) await StandaloneAsync(settings, run);
        run.AddTargets(IssueTargets.Evaluate(run));
        run.Elapsed = clock.Elapsed;
        return run;
    }

    private static async Task AnchorsAsync(RunSettings settings, RunResult run)
    {
        Progress.Step("anchor: SQLite one-row transactions, synchronous=FULL");
        Progress.Done($"{run.Add(await SqliteAnchor.RunAsync(settings)).Value:#,0} tx/s");
        Progress.Step("anchor: SQLite one-row transactions, synchronous=NORMAL");
        Progress.Done($"{run.Add(await SqliteAnchor.RunAsync(settings, "NORMAL")).Value:#,0} tx/s");

        var virtualHost = await TestBroker.CreateVirtualHostAsync("bench-anchors");
        try
        {
            Progress.Step("anchor: raw RabbitMQ.Client publish with confirms → consume (quorum queue)");
            Progress.Done($"{run.Add(await RawRabbitAnchor.RunAsync(settings, virtualHost)).Value:#,0} msg/s");
            Progress.Step("anchor: bare MassTransit publish → consume over RabbitMQ");
            Progress.Done($"{run.Add(await MassTransitAnchor.RunAsync(settings, virtualHost)).Value:#,0} msg/s");
        }
        finally
        {
            await TestBroker.DeleteVirtualHostAsync(virtualHost);
        }

        Progress.Step("anchor: minimal API direct, through nginx, through a minimal YARP (wrk)");
        await HttpAnchors.RunAsync(settings, run);
    }

    private static async Task DistributedAsync(RunSettings settings, RunResult run)
    {
        Progress.Step("hub, distributed: starting 3 centres, the hub and the gateway (Release, RabbitMQ)");
        await using var hub = await HubUnderTest.StartDistributedAsync();
        var coordination = hub.DatabaseOf("coordination");

        if (settings.Runs("view") || settings.Runs("size"))
        {
            Progress.Step($"hub, distributed: GET /health/live via the gateway (wrk, {settings.HttpConnections} connections)");
            var health = await Wrk.WarmAndRunAsync(new Uri(hub.Gateway, "/health/live").ToString(), "get.lua", settings.HttpConnections, settings.AnchorDuration);
            run.Add(new Figure(FigureKeys.GatewayHealth, "Hub: freshness and query (distributed)", "GET /health/live via the hub's gateway", Math.Round(health.PerSecond), "req/s",
                $"wrk, {settings.HttpConnections} connections, 2 threads, {settings.Seconds(settings.AnchorDuration)}", health.Details()));
            Progress.Done($"{health.PerSecond:#,0} req/s");

            Progress.Step($"hub, distributed: seeding {settings.SmallCitizens:#,0} citizens");
            Progress.Done($"seeded in {(await Seeder.SeedAsync(coordination, 0, settings.SmallCitizens)).TotalSeconds:0.0} s");
            Progress.Step($"hub, distributed: unified view at {settings.FixedRate:#,0} req/s via the gateway");
            await ViewBenchmark.FixedRateAsync(settings, run, hub, FigureKeys.ViewFixedSmall, settings.SmallCitizens);
            Progress.Step("hub, distributed: unified view at saturation, via the gateway and direct (wrk)");
            await ViewBenchmark.SaturationAsync(settings, run, hub, settings.SmallCitizens);
        }

        if (settings.Runs("ingest"))
        {
            Progress.Step($"hub, distributed: ingest for {settings.Seconds(settings.IngestDuration)} ({settings.IngestConnections} connections)");
            await IngestBenchmark.RunAsync(settings, run, hub, FigureKeys.IngestDistributedAccepted, FigureKeys.IngestDistributedApplied, settings.IngestDuration);
        }

        if (settings.Runs("bulk"))
        {
            Progress.Step($"hub, distributed: bulk ingest for {settings.Seconds(settings.BulkDuration)} (batches of {settings.BulkBatchSize}, {settings.BulkConnections} connections)");
            await BulkIngestBenchmark.RunAsync(settings, run, hub);
        }

        if (settings.Runs("freshness"))
        {
            Progress.Step($"hub, distributed: freshness at {settings.FixedRate:#,0} cases/s");
            await FreshnessBenchmark.RunAsync(settings, run, hub);
        }

        if (settings.Runs("size"))
        {
            Progress.Step($"hub, distributed: seeding up to {settings.LargeCitizens:#,0} citizens");
            Progress.Done($"seeded in {(await Seeder.SeedAsync(coordination, settings.SmallCitizens, settings.LargeCitizens)).TotalSeconds:0.0} s");
            Progress.Step($"hub, distributed: unified view at {settings.FixedRate:#,0} req/s via the gateway, {settings.LargeCitizens:#,0} citizens");
            await ViewBenchmark.FixedRateAsync(settings, run, hub, FigureKeys.ViewFixedLarge, settings.LargeCitizens);
        }

        foreach (var service in hub.Processes)
        {
            var (current, peak) = ProcessMemory.Of(service.ProcessId ?? throw new InvalidOperationException($"{service.Name} has exited."));
            run.Add(new Figure(FigureKeys.RssDistributedPrefix + service.Name, "Memory", $"{service.Name} (distributed)", peak, "MB peak RSS",
                "after every distributed workload above", new Dictionary<string, double> { ["RSS now MB"] = current }));
        }

        Progress.Done("memory: " + string.Join(", ", run.Figures.Where(f => f.Key.StartsWith(FigureKeys.RssDistributedPrefix, StringComparison.Ordinal)).Select(f => $"{f.What} {f.Value:0} MB")));
        Progress.Step("hub, distributed: stopping");
    }

    private static async Task StandaloneAsync(RunSettings settings, RunResult run)
    {
        Progress.Step("hub, standalone: starting one process (in-memory bus, SQLite)");
        await using var hub = await HubUnderTest.StartStandaloneAsync();
        Progress.Step($"hub, standalone: ingest for {settings.Seconds(settings.StandaloneIngestDuration)} ({settings.IngestConnections} connections)");
        await IngestBenchmark.RunAsync(settings, run, hub, FigureKeys.IngestStandaloneAccepted, FigureKeys.IngestStandaloneApplied, settings.StandaloneIngestDuration);
        var (current, peak) = ProcessMemory.Of(hub.Processes[0].ProcessId ?? throw new InvalidOperationException("standalone has exited."));
        run.Add(new Figure(FigureKeys.RssStandalone, "Memory", "standalone", peak, "MB peak RSS", "after the standalone ingest",
            new Dictionary<string, double> { ["RSS now MB"] = current }));
        Progress.Done($"memory: {peak:0} MB peak");
        Progress.Step("hub, standalone: stopping");
    }

    private static async Task<string> CommitAsync()
    {
        var root = HubTopology.RepositoryRoot();
        try
        {
            var commit = await Shell.RunAsync("git", "-C", root, "rev-parse", "--short", "HEAD");
            var dirty = await Shell.RunAsync("git", "-C", root, "status", "--porcelain", "--untracked-files=no");
            return dirty.Length > 0 ? commit + "+changes" : commit;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
