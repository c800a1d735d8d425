using System.Diagnostics;
using System.Text.Json;
using Hub.Testing;

namespace Hub.EndToEndTests;

/// <summary>
/// The throughput benchmark in its smoke mode (seconds, tiny counts) on the test run's broker, so the
/// benchmark cannot rot: it must start everything, measure every figure, pass its correctness checks and
/// stop what it started. The figures themselves are not judged here; benchmarks/README.md says why.
/// </summary>
public sealed class BenchmarkSmokeTests
{
    [Fact]
    public async Task The_benchmark_runs_end_to_end_and_reports_every_figure()
    {
        var results = Directory.CreateTempSubdirectory("hub-bench-smoke-").FullName;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "exec", HubTopology.BuiltAssembly("benchmarks/Hub.Benchmarks", "Hub.Benchmarks.dll"), "--smoke", "--results", results })
        {
            start.ArgumentList.Add(argument);
        }

        _ = TestBroker.Port; // fails with instructions when the test run has no broker
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(10));
        var printed = await output + await error;
        Assert.True(process.ExitCode == 0, $"benchmark exited with {process.ExitCode}:\n{printed}");

        var json = Assert.Single(Directory.GetFiles(results, "*.json"));
        Assert.Single(Directory.GetFiles(results, "*.md"));
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        var figures = document.RootElement.GetProperty("figures").EnumerateArray()
            .ToDictionary(f => f.GetProperty("key").GetString()!, f => f.GetProperty("value").GetDouble());
        foreach (var key in new[]
                 {
                     "anchor.sqlite-one-row-tx", "anchor.rabbitmq-client-confirms-quorum", "anchor.masstransit-publish-consume",
                     "anchor.http-minimal-api-direct", "anchor.http-via-nginx", "anchor.http-via-minimal-yarp",
                     "hub.ingest-distributed.applied", "hub.ingest-standalone.applied", "hub.freshness-p99",
                     "hub.bulk-ingest.accepted", "hub.bulk-ingest.applied",
                     "hub.view-fixed-rate.small", "hub.view-fixed-rate.large", "hub.view-saturation.gateway", "hub.view-saturation.direct",
                     "hub.rss.distributed.coordination", "hub.rss.standalone",
                 })
        {
            Assert.True(figures.TryGetValue(key, out var value) && value > 0, $"figure {key} missing or zero:\n{printed}");
        }

        var checks = document.RootElement.GetProperty("checks").EnumerateArray().ToList();
        Assert.Contains(checks, c => c.GetProperty("name").GetString()!.StartsWith("every accepted case applied exactly once (distributed)", StringComparison.Ordinal));
        Assert.Contains(checks, c => c.GetProperty("name").GetString()!.StartsWith("every case accepted in a batch applied exactly once", StringComparison.Ordinal));
        Assert.All(checks, c => Assert.True(c.GetProperty("passed").GetBoolean(), c.GetProperty("detail").GetString()));
        Assert.NotEmpty(document.RootElement.GetProperty("targets").EnumerateArray());
        Directory.Delete(results, recursive: true);
    }
}
