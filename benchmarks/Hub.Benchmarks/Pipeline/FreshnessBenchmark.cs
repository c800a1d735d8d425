using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Hub.Benchmarks.Infrastructure;
using Hub.Benchmarks.Load;
using Hub.Benchmarks.Reporting;
using Hub.Testing;

namespace Hub.Benchmarks.Pipeline;

/// <summary>
/// Cases opened at a fixed rate through the gateway; for each, the time from its 201 to the moment the hub has
/// committed it (what the unified view reads), seen by polling the hub's database every 2 ms.
/// </summary>
public static class FreshnessBenchmark
{
    private static readonly (string Department, string CaseType)[] Centres =
        [("social", "family-support"), ("employment", "cash-benefit"), ("aftercare", "housing-support")];

    public static async Task RunAsync(RunSettings settings, RunResult run, HubUnderTest hub)
    {
        var tokens = Centres.ToDictionary(c => c.Department, c => TestSecrets.DepartmentSystem(c.Department));
        var answeredAt = new ConcurrentDictionary<string, long>();
        var visibleAt = new ConcurrentDictionary<string, long>();

        await using var probe = await HubProbe.OpenAsync(hub);
        var lastRow = await probe.LastRowAsync();
        using var stop = new CancellationTokenSource();
        var watcher = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var (row, caseId) in await probe.AppliedSinceAsync(lastRow))
                {
                    visibleAt.TryAdd(caseId, Stopwatch.GetTimestamp());
                    lastRow = row;
                }

                await Task.Delay(2);
            }
        });

        using var client = new FixedRateClient(hub.Gateway, maxConnections: 64);
        var result = await client.RunAsync(settings.FixedRate, settings.FreshnessDuration, i =>
        {
            var n = 100_000_000 + i;
            var (department, caseType) = Centres[n % 3];
            var body = $$"""{"cpr":"{{CprNumbers.Of(n)}}","caseType":"{{caseType}}","caseworkerId":"cw-f{{n % 400}}"}""";
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/{department}/cases") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[department]);
            return request;
        }, async (_, response, arrived) =>
        {
            var created = await response.Content.ReadFromJsonAsync<Created>();
            if (created?.CaseId is { } id) answeredAt[id] = arrived;
        });

        for (var deadline = DateTime.UtcNow.AddSeconds(30); DateTime.UtcNow < deadline && answeredAt.Keys.Any(id => !visibleAt.ContainsKey(id));)
        {
            await Task.Delay(50);
        }

        await stop.CancelAsync();
        await watcher;

        var unseen = answeredAt.Keys.Count(id => !visibleAt.ContainsKey(id));
        var freshness = new Latencies(answeredAt.Where(a => visibleAt.ContainsKey(a.Key))
            .Select(a => Math.Max(0, Stopwatch.GetElapsedTime(a.Value, visibleAt[a.Key]).TotalMilliseconds)));
        var details = freshness.Summary();
        details["offered/s"] = settings.FixedRate;
        details["answered 201"] = answeredAt.Count;
        details["failed"] = result.Failed;
        details["never visible within 30 s"] = unseen;
        details["POST p99 ms"] = Math.Round(result.Latencies.Percentile(0.99), 2);
        run.Add(new Figure(FigureKeys.Freshness, "Hub: freshness and query (distributed)", "Freshness: 201 → visible in the hub, p99", freshness.Percentile(0.99), "ms",
            $".NET open-loop client, {settings.FixedRate:#,0} cases/s offered, up to 64 connections, {settings.Seconds(settings.FreshnessDuration)}, 2 ms polling",
            details));
        run.Add(new Check("every case answered 201 in the freshness run visible in the hub within 30 s of the run's end", unseen == 0 && answeredAt.Count > 0,
            $"{answeredAt.Count:#,0} answered, {unseen} not visible within 30 s, {result.Failed} requests failed"));
        Progress.Done($"freshness p50 {freshness.Percentile(0.5):0.0} ms, p99 {freshness.Percentile(0.99):0.0} ms at {settings.FixedRate:#,0}/s");
    }

    private sealed record Created(string? CaseId);
}
