using System.Diagnostics;
using System.Text.Json;
using Hub.FaultTests.Support;
using Hub.Testing;
using Xunit.Abstractions;

namespace Hub.FaultTests;

/// <summary>Runs only when asked (HUB_BENCHMARKS=1): it measures, it does not guard; CI's time goes to the fault tests.</summary>
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public BenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("HUB_BENCHMARKS") != "1") Skip = "A measurement: run with HUB_BENCHMARKS=1.";
    }
}

/// <summary>
/// How fast the hub drains a backlog of 2,000 centre events at a few prefetch/concurrency settings: the
/// events wait in its queue while it is down, then it starts and the clock runs until all are applied.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class DrainRateBenchmark(ITestOutputHelper output)
{
    [BenchmarkFact]
    public async Task Hub_drain_rate_at_several_prefetch_and_concurrency_settings()
    {
        var results = new List<object>();
        foreach (var (prefetch, concurrency) in new[] { (16, 1), (16, 4), (64, 8), (256, 32) })
        {
            var clock = Stopwatch.StartNew();
            await using var topology = await HubTopology.StartAsync("bench", new Dictionary<string, string>
            {
                ["Messaging__PrefetchCount"] = prefetch.ToString(),
                ["Messaging__ConcurrentMessageLimit"] = concurrency.ToString(),
            });
            var hub = topology["coordination"];
            await hub.StopAsync();
            var stream = GeneratedStream.Create(atLeastEvents: 2000, citizens: 300, seed: prefetch + concurrency);
            await using (var publisher = await RawPublisher.ConnectAsync(topology.VirtualHost)) await stream.PublishAsync(publisher);

            await hub.StartAsync();
            var draining = Stopwatch.StartNew();
            await Eventually.ReturnsAsync(() => Databases.ScalarAsync(topology.DataFolder, "coordination", "SELECT COUNT(*) FROM timeline_entries"),
                n => n >= stream.Events.Count, TimeSpan.FromMinutes(3), "the backlog to drain");
            var seconds = draining.Elapsed.TotalSeconds;
            var verdict = await Verdict.OfAsync(topology.DataFolder, stream.Expectation);
            Assert.True(verdict.ExactlyOnce, verdict.ToString());
            results.Add(new { prefetch, concurrency, events = stream.Events.Count, seconds = Math.Round(seconds, 1), perSecond = Math.Round(stream.Events.Count / seconds) });
            output.WriteLine($"prefetch {prefetch}, concurrency {concurrency}: {stream.Events.Count} events in {seconds:0.0} s = {stream.Events.Count / seconds:0}/s (run {clock.Elapsed.TotalSeconds:0} s)");
        }

        var folder = Path.Combine(HubTopology.RepositoryRoot(), "TestResults", "fault-tests");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "drain-rate.json"), JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
    }
}
