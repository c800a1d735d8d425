using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Benchmarks.Infrastructure;
using Hub.Benchmarks.Load;
using Hub.Benchmarks.Reporting;
using Hub.Testing;

namespace Hub.Benchmarks.Pipeline;

/// <summary>
/// Centre systems catching up: batches of new cases (a distinct citizen each) to <c>POST /api/{centre}/batch</c>
/// through the gateway, from a .NET client with a fixed number of connections (each sends its next batch when the
/// last is answered), rotating over the three centres, for a fixed time. Reported apart from the single-request
/// ingest: commands/s accepted, and events/s applied in the hub from the first batch until the last case is there.
/// Then every case is checked to be in the hub exactly once.
/// </summary>
public static class BulkIngestBenchmark
{
    // Far from the counters of post-case.lua and the warm-up, so no CPR is sent twice in a run.
    private const long FirstCitizen = 260_000_000;

    private static readonly (string Centre, string CaseType)[] Centres =
        [("social", "family-support"), ("employment", "cash-benefit"), ("aftercare", "housing-support")];

    public static async Task RunAsync(RunSettings settings, RunResult run, HubUnderTest hub)
    {
        await using var probe = await HubProbe.OpenAsync(hub);
        var acceptedBefore = await probe.AcceptedAsync();
        var appliedBefore = await probe.AppliedAsync();
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = settings.BulkConnections })
        {
            BaseAddress = hub.Gateway,
            Timeout = TimeSpan.FromSeconds(60),
        };

        var load = new BulkLoad(settings.BulkBatchSize);
        var cpuBefore = hub.Processes.ToDictionary(p => p.Name, p => ProcessCpu.Of(p.ProcessId!.Value));
        var clock = Stopwatch.StartNew();
        var until = clock.Elapsed + settings.BulkDuration;
        await Task.WhenAll(Enumerable.Range(0, settings.BulkConnections).Select(_ => SendUntilAsync(client, load, clock, until)));
        var loadEnded = clock.Elapsed;

        var expected = load.Accepted;
        var applied = await probe.DrainAsync(appliedBefore, () => Task.FromResult(expected), TimeSpan.FromSeconds(30));
        var allApplied = clock.Elapsed;
        var cpuMsPerCommand = hub.Processes.ToDictionary(p => $"CPU {p.Name} ms/command",
            p => Math.Round((ProcessCpu.Of(p.ProcessId!.Value) - cpuBefore[p.Name]).TotalMilliseconds / Math.Max(1, load.Accepted), 3));
        var acceptedByCentres = await probe.AcceptedAsync() - acceptedBefore;

        var what = $".NET client, {settings.BulkConnections} connections, batches of {settings.BulkBatchSize} new cases, "
                   + $"{settings.Seconds(settings.BulkDuration)}, via the gateway, distributed";
        var acceptedRate = Math.Round(load.Accepted / loadEnded.TotalSeconds);
        var appliedRate = Math.Round(applied / allApplied.TotalSeconds);
        var latencies = new Latencies(load.BatchMilliseconds).Summary();
        run.Add(new Figure(FigureKeys.BulkAccepted, "Hub: bulk ingest (distributed)", "Commands accepted (201) in POST /api/{centre}/batch",
            acceptedRate, "commands/s", what,
            new Dictionary<string, double>(latencies.Select(l => KeyValuePair.Create("batch " + l.Key, l.Value)))
            {
                ["batches"] = load.Batches, ["refused commands"] = load.Refused, ["failed batches"] = load.Failed,
            }));
        run.Add(new Figure(FigureKeys.BulkApplied, "Hub: bulk ingest (distributed)", "Cases applied in the hub, first batch → last applied",
            appliedRate, "events/s", what,
            new Dictionary<string, double>
            {
                ["accepted"] = load.Accepted,
                ["applied"] = applied,
                ["drain s"] = Math.Round((allApplied - loadEnded).TotalSeconds, 1),
                ["CPU all processes ms/command"] = Math.Round(cpuMsPerCommand.Values.Sum(), 3),
            }.Concat(cpuMsPerCommand).ToDictionary()));
        Progress.Done($"bulk: {acceptedRate:#,0} commands/s accepted in {load.Batches:#,0} batches; {appliedRate:#,0} events/s applied "
                      + $"(drained {(allApplied - loadEnded).TotalSeconds:0.0} s after the load)");

        var (passed, detail) = await probe.ExactlyOnceAsync();
        run.Add(new Check("every case accepted in a batch applied exactly once (distributed)",
            passed && applied == load.Accepted && acceptedByCentres == load.Accepted && load.Refused == 0 && load.Failed == 0,
            $"{detail}; batches: {load.Accepted:#,0} accepted, {load.Refused} refused, {load.Failed} failed; centres hold {acceptedByCentres:#,0} new cases"));
    }

    private static async Task SendUntilAsync(HttpClient client, BulkLoad load, Stopwatch clock, TimeSpan until)
    {
        while (clock.Elapsed < until)
        {
            var (first, centre, caseType) = load.Next();
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/{centre}/batch")
            {
                Content = JsonContent.Create(new
                {
                    commands = Enumerable.Range(0, load.BatchSize).Select(i => first + i).Select(n => new
                    {
                        type = "case.open",
                        messageId = $"bulk-{n}",
                        body = new { cpr = CprNumbers.Of(n), caseType, caseworkerId = $"cw-{n % 400}" },
                    }),
                }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestSecrets.DepartmentSystem(centre));
            var sent = clock.Elapsed;
            using var response = await client.SendAsync(request);
            if (!response.IsSuccessStatusCode)
            {
                load.Answered(clock.Elapsed - sent, accepted: 0, refused: 0, failed: true);
                continue;
            }

            var results = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results").EnumerateArray().ToList();
            var accepted = results.Count(r => r.GetProperty("status").GetInt32() == 201);
            load.Answered(clock.Elapsed - sent, accepted, results.Count - accepted, failed: false);
        }
    }

    /// <summary>The counters the connections share: the next citizens to send, and what came back.</summary>
    private sealed class BulkLoad(int batchSize)
    {
        private long _next = FirstCitizen;
        private long _accepted, _refused, _failed, _batches;

        public int BatchSize => batchSize;
        public long Accepted => Interlocked.Read(ref _accepted);
        public long Refused => Interlocked.Read(ref _refused);
        public long Failed => Interlocked.Read(ref _failed);
        public long Batches => Interlocked.Read(ref _batches);
        public ConcurrentBag<double> BatchMilliseconds { get; } = [];

        public (long First, string Centre, string CaseType) Next()
        {
            var first = Interlocked.Add(ref _next, batchSize) - batchSize;
            var (centre, caseType) = Centres[(first - FirstCitizen) / batchSize % Centres.Length];
            return (first, centre, caseType);
        }

        public void Answered(TimeSpan took, int accepted, int refused, bool failed)
        {
            BatchMilliseconds.Add(took.TotalMilliseconds);
            Interlocked.Increment(ref _batches);
            Interlocked.Add(ref _accepted, accepted);
            Interlocked.Add(ref _refused, refused);
            if (failed) Interlocked.Increment(ref _failed);
        }
    }
}
