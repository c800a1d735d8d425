using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Hub.Benchmarks.Infrastructure;
using Hub.Benchmarks.Load;
using Hub.Benchmarks.Reporting;
using Hub.Testing;

namespace Hub.Benchmarks.Pipeline;

/// <summary>
/// Centre systems open cases through the gateway as fast as wrk's connections allow (a distinct citizen per
/// request, rotating over the three centres); the figure is the rate at which the hub applied them: every
/// case the centres accepted, from the first request until the last one is in the hub's registry. Then each
/// accepted case is checked to be in the hub exactly once.
/// </summary>
public static class IngestBenchmark
{
    public static async Task RunAsync(RunSettings settings, RunResult run, HubUnderTest hub, string acceptedKey, string appliedKey, TimeSpan duration)
    {
        await using var probe = await HubProbe.OpenAsync(hub);
        await WarmUpAsync(hub, probe);
        var environment = WrkEnvironment(offset: 0);
        await WarmUpUnderLoadAsync(settings, hub, probe);
        var acceptedBefore = await probe.AcceptedAsync();
        var appliedBefore = await probe.AppliedAsync();

        var cpuBefore = hub.Processes.ToDictionary(p => p.Name, p => ProcessCpu.Of(p.ProcessId!.Value));
        var clock = Stopwatch.StartNew();
        using var sampling = new CancellationTokenSource();
        var sampler = SampleAsync(hub, appliedBefore, clock, sampling.Token);
        var profiling = settings.Profile
            ? Task.Delay(duration / 4).ContinueWith(_ => CpuProfiler.CollectAsync(hub.Processes.Select(p => (p.Name, p.ProcessId!.Value)),
                duration / 2, Path.Combine(settings.ResultsFolder, "profiles"), $"{settings.Label}-{hub.Name}")).Unwrap()
            : Task.CompletedTask;
        var wrk = await Wrk.RunAsync(new Uri(hub.Gateway, "/").ToString(), "post-case.lua", settings.IngestConnections, duration, environment);
        await profiling;
        var loadEnded = clock.Elapsed;
        var appliedAtLoadEnd = await probe.AppliedAsync() - appliedBefore;
        var accepted = await probe.AcceptedAsync() - acceptedBefore;

        // Requests in flight when wrk stops still commit, so the accepted count is read again each round.
        var applied = await probe.DrainAsync(appliedBefore, async () => accepted = await probe.AcceptedAsync() - acceptedBefore, TimeSpan.FromSeconds(30));

        var allApplied = clock.Elapsed;
        var cpuMsPerEvent = hub.Processes.ToDictionary(p => p.Name,
            p => Math.Round((ProcessCpu.Of(p.ProcessId!.Value) - cpuBefore[p.Name]).TotalMilliseconds / Math.Max(1, accepted), 3));
        await sampling.CancelAsync();
        var samples = await sampler;

        var load = $"wrk, {settings.IngestConnections} connections, 2 threads, {settings.Seconds(duration)}, via the gateway, {hub.Name}, "
                   + $"after {settings.Seconds(settings.IngestWarmUp)} of the same load (not counted)";
        run.Add(new Figure(acceptedKey, $"Hub: ingest ({hub.Name})", $"POST case answered 201 ({hub.Name})", Math.Round(wrk.PerSecond), "req/s", load, wrk.Details()));
        var rate = Math.Round(applied / allApplied.TotalSeconds);
        run.Add(new Figure(appliedKey, $"Hub: ingest ({hub.Name})", $"Cases applied in the hub, first request → last applied ({hub.Name})", rate, "events/s", load,
            new Dictionary<string, double>
            {
                ["accepted"] = accepted,
                ["applied"] = applied,
                ["applied/s while loading"] = Math.Round(appliedAtLoadEnd / loadEnded.TotalSeconds),
                ["backlog at end of load"] = accepted - appliedAtLoadEnd,
                ["drain s"] = Math.Round((allApplied - loadEnded).TotalSeconds, 1),
                ["slowest 5 s while loading, /s"] = SlowestWindow(samples, 5, (int)loadEnded.TotalSeconds),
            }));
        run.Add(new Figure($"{appliedKey}.cpu-ms-per-event", $"Hub: ingest ({hub.Name})", $"CPU per accepted event, all hub processes ({hub.Name})",
            Math.Round(cpuMsPerEvent.Values.Sum(), 3), "CPU ms/event", load + "; user+system time from /proc, start of load → last applied",
            cpuMsPerEvent.ToDictionary(c => c.Key + " ms", c => c.Value)));
        Progress.Done($"{hub.Name}: CPU per event " + string.Join(", ", cpuMsPerEvent.Select(c => $"{c.Key} {c.Value:0.00} ms")));
        Progress.Done($"{hub.Name}: {wrk.PerSecond:#,0} POST/s answered; {rate:#,0} events/s applied ({accepted:#,0} accepted, drained {(allApplied - loadEnded).TotalSeconds:0.0} s after the load)");

        var (passed, detail) = await probe.ExactlyOnceAsync();
        run.Add(new Check($"every accepted case applied exactly once ({hub.Name})", passed && applied == accepted, detail));
    }

    /// <summary>One case per centre, applied, before the clock starts: the first request of a process is not its pace.</summary>
    private static async Task WarmUpAsync(HubUnderTest hub, HubProbe probe)
    {
        using var client = new HttpClient { BaseAddress = hub.Gateway, Timeout = TimeSpan.FromSeconds(60) };
        var before = await probe.AppliedAsync();
        var n = 200_000_000 + Random.Shared.Next(1_000_000);
        foreach (var (department, caseType) in new[] { ("social", "family-support"), ("employment", "cash-benefit"), ("aftercare", "housing-support") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/{department}/cases")
            {
                Content = JsonContent.Create(new { cpr = CprNumbers.Of(n++), caseType, caseworkerId = "cw-warm" }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestSecrets.DepartmentSystem(department));
            using var response = await client.SendAsync(request);
            response.EnsureSuccessStatusCode();
        }

        for (var deadline = DateTime.UtcNow.AddSeconds(60); await probe.AppliedAsync() < before + 3 && DateTime.UtcNow < deadline;) await Task.Delay(50);
    }

    /// <summary>
    /// The same load, not counted, until the hub has applied all of it: a process that has just started runs much of
    /// its code unoptimised (tiered JIT) and the figure is meant to be the pace of a hub that has been up for a while.
    /// </summary>
    private static async Task WarmUpUnderLoadAsync(RunSettings settings, HubUnderTest hub, HubProbe probe)
    {
        // Counted as differences: the hub's registry may hold seeded citizens the centres never saw.
        var acceptedStart = await probe.AcceptedAsync();
        var appliedStart = await probe.AppliedAsync();
        await Wrk.RunAsync(new Uri(hub.Gateway, "/").ToString(), "post-case.lua", settings.IngestConnections, settings.IngestWarmUp,
            WrkEnvironment(offset: 150_000_000));
        // Settled: everything accepted is applied, and nothing more was accepted for a while (requests that were in
        // flight when wrk stopped still commit); otherwise a straggler would count in the measured run.
        long lastAccepted = -1;
        for (var deadline = DateTime.UtcNow.AddMinutes(5); DateTime.UtcNow < deadline;)
        {
            var accepted = await probe.AcceptedAsync() - acceptedStart;
            if (accepted == lastAccepted && await probe.DrainAsync(appliedStart, () => Task.FromResult(accepted), TimeSpan.FromSeconds(30)) >= accepted) return;
            lastAccepted = accepted;
            await Task.Delay(500);
        }

        throw new TimeoutException("The hub did not apply the warm-up load within 5 minutes.");
    }

    private static Dictionary<string, string> WrkEnvironment(long offset) => new()
    {
        ["BENCH_OFFSET"] = offset.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["TOKEN_SOCIAL"] = TestSecrets.DepartmentSystem("social"),
        ["TOKEN_EMPLOYMENT"] = TestSecrets.DepartmentSystem("employment"),
        ["TOKEN_AFTERCARE"] = TestSecrets.DepartmentSystem("aftercare"),
    };

    /// <summary>The hub's applied count once a second (its own connection: the probe is not shared across tasks).</summary>
    private static async Task<List<long>> SampleAsync(HubUnderTest hub, long before, Stopwatch clock, CancellationToken stop)
    {
        await using var probe = await HubProbe.OpenAsync(hub);
        var samples = new List<long>();
        try
        {
            while (!stop.IsCancellationRequested)
            {
                samples.Add(await probe.AppliedAsync() - before);
                var due = TimeSpan.FromSeconds(samples.Count) - clock.Elapsed;
                if (due > TimeSpan.Zero) await Task.Delay(due, stop);
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }

        return samples;
    }

    /// <summary>The lowest rate over any window of <paramref name="width"/> seconds within the first <paramref name="until"/> seconds.</summary>
    private static double SlowestWindow(List<long> samples, int width, int until)
    {
        var rates = Enumerable.Range(0, Math.Max(0, Math.Min(samples.Count, until + 1) - width))
            .Select(i => (samples[i + width] - samples[i]) / (double)width).ToList();
        return rates.Count == 0 ? 0 : Math.Round(rates.Min());
    }
}
