using Hub.Benchmarks.Infrastructure;
using Hub.Benchmarks.Load;
using Hub.Benchmarks.Reporting;

namespace Hub.Benchmarks.Anchors;

/// <summary>A minimal API measured directly, through nginx and through a minimal YARP, with the same wrk load.</summary>
public static class HttpAnchors
{
    public static async Task RunAsync(RunSettings settings, RunResult run)
    {
        await using var backend = await HelperServer.StartAsync("serve-minimal");
        await using var nginx = await NginxProxy.StartAsync(backend.Port);
        await using var yarp = await HelperServer.StartAsync("serve-yarp", $"http://127.0.0.1:{backend.Port}");
        var load = $"wrk, {settings.HttpConnections} connections, 2 threads, {settings.Seconds(settings.AnchorDuration)}";

        foreach (var (key, what, port) in new[]
                 {
                     (FigureKeys.HttpDirect, "Minimal API, direct", backend.Port),
                     (FigureKeys.HttpNginx, "Minimal API through nginx (2 workers, keep-alive)", nginx.Port),
                     (FigureKeys.HttpYarp, "Minimal API through a minimal YARP", yarp.Port),
                 })
        {
            var result = await Wrk.WarmAndRunAsync($"http://127.0.0.1:{port}/hello", "get.lua", settings.HttpConnections, settings.AnchorDuration);
            run.Add(new Figure(key, "Anchors", what, Math.Round(result.PerSecond), "req/s", load, result.Details()));
            Progress.Done($"{what}: {result.PerSecond:#,0} req/s, p99 {result.P99Ms:0.0} ms");
        }
    }
}
