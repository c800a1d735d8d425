using System.Net.Http.Headers;
using Hub.Benchmarks.Infrastructure;
using Hub.Benchmarks.Load;
using Hub.Benchmarks.Reporting;
using Hub.Testing;

namespace Hub.Benchmarks.Pipeline;

/// <summary>
/// The unified view read by each seeded citizen's own caseworker, with a purpose: at a fixed rate through the
/// gateway (latency percentiles), and at saturation through the gateway and straight to the hub service.
/// </summary>
public static class ViewBenchmark
{
    /// <summary>Up to 2,000 random seeded citizens and a token of each one's caseworker, as "id token" lines for wrk.</summary>
    public static (string File, List<(string Id, string Token)> Reads) SampleReads(long citizens)
    {
        var random = new Random(42);
        var tokens = new Dictionary<string, string>();
        var reads = Enumerable.Range(0, (int)Math.Min(2000, citizens)).Select(_ =>
        {
            var n = random.NextInt64(citizens);
            var caseworker = Seeder.CaseworkerOf(n);
            if (!tokens.TryGetValue(caseworker, out var token)) tokens[caseworker] = token = TestSecrets.Caseworker(caseworker, "social");
            return (Seeder.CitizenIdOf(n), token);
        }).ToList();
        var file = Path.GetTempFileName();
        File.WriteAllLines(file, reads.Select(r => $"{r.Item1} {r.Item2}"));
        return (file, reads);
    }

    public static async Task<Figure> FixedRateAsync(RunSettings settings, RunResult run, HubUnderTest hub, string key, long citizens)
    {
        var (file, reads) = SampleReads(citizens);
        // Warm-up, not counted: the services' and this client's code through the tiered JIT, then the client at the rate.
        await Wrk.RunAsync(hub.Gateway.ToString(), "get-view.lua", settings.ViewConnections, TimeSpan.FromSeconds(settings.Smoke ? 1 : 10),
            new Dictionary<string, string> { ["READS_FILE"] = file });
        File.Delete(file);
        using var client = new FixedRateClient(hub.Gateway, maxConnections: 64);
        HttpRequestMessage Read(long i)
        {
            var (id, token) = reads[(int)(i % reads.Count)];
            var request = new HttpRequestMessage(HttpMethod.Get, $"/api/citizens/{id}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            request.Headers.Add("X-Purpose", "case-work");
            return request;
        }

        await client.RunAsync(settings.FixedRate, TimeSpan.FromSeconds(settings.Smoke ? 1 : 3), Read);
        var result = await client.RunAsync(settings.FixedRate, settings.ViewDuration, Read);
        var figure = run.Add(new Figure(key, "Hub: freshness and query (distributed)", $"Unified view via the gateway at a fixed rate, {citizens:#,0} citizens: p99",
            result.Latencies.Percentile(0.99), "ms",
            $".NET open-loop client, {settings.FixedRate:#,0} req/s offered, up to 64 connections, {settings.Seconds(settings.ViewDuration)}",
            result.Details()));
        run.Add(new Check($"every unified-view read at the fixed rate answered 200 ({citizens:#,0} citizens)", result.Failed == 0,
            $"{result.Succeeded:#,0} of {result.Sent:#,0}"));
        Progress.Done($"{citizens:#,0} citizens: p50 {result.Latencies.Percentile(0.5):0.0} ms, p99 {figure.Value:0.0} ms, {result.Failed} failed");
        return figure;
    }

    public static async Task SaturationAsync(RunSettings settings, RunResult run, HubUnderTest hub, long citizens)
    {
        var (file, _) = SampleReads(citizens);
        try
        {
            foreach (var (key, what, target) in new[]
                     {
                         (FigureKeys.ViewSaturationGateway, "Unified view at saturation, via the gateway", hub.Gateway),
                         (FigureKeys.ViewSaturationDirect, "Unified view at saturation, direct to the hub service", hub.Coordination),
                     })
            {
                var result = await Wrk.WarmAndRunAsync(target.ToString(), "get-view.lua", settings.ViewConnections, settings.ViewDuration,
                    new Dictionary<string, string> { ["READS_FILE"] = file });
                run.Add(new Figure(key, "Hub: freshness and query (distributed)", $"{what} ({citizens:#,0} citizens)", Math.Round(result.PerSecond), "req/s",
                    $"wrk, {settings.ViewConnections} connections, 2 threads, {settings.Seconds(settings.ViewDuration)}", result.Details()));
                run.Add(new Check($"{what}: every read answered 200", result.NonSuccessStatus == 0 && result.SocketErrors == 0,
                    $"{result.Requests:#,0} requests, {result.NonSuccessStatus} non-2xx, {result.SocketErrors} socket errors"));
                Progress.Done($"{what}: {result.PerSecond:#,0} req/s, p99 {result.P99Ms:0.0} ms");
            }
        }
        finally
        {
            File.Delete(file);
        }
    }
}
