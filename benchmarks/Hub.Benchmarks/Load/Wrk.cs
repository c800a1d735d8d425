using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Hub.Benchmarks.Load;

/// <summary>
/// Runs <c>wrk</c> (closed loop: each connection sends its next request when the last answers) with one of
/// the Lua scripts under Lua/, which print their summary as one JSON line.
/// </summary>
public static class Wrk
{
    /// <summary>A short unmeasured run first, so JIT and connection set-up are not in the figure.</summary>
    public static async Task<WrkResult> WarmAndRunAsync(string url, string script, int connections, TimeSpan duration,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        await RunAsync(url, script, connections, TimeSpan.FromSeconds(Math.Min(3, Math.Max(1, duration.TotalSeconds / 5))), environment);
        return await RunAsync(url, script, connections, duration, environment);
    }

    public static async Task<WrkResult> RunAsync(string url, string script, int connections, TimeSpan duration,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
                 {
                     "-t", Math.Min(2, connections).ToString(CultureInfo.InvariantCulture),
                     "-c", connections.ToString(CultureInfo.InvariantCulture),
                     "-d", $"{Math.Max(1, (int)duration.TotalSeconds)}s",
                     "--timeout", "10s",
                     "-s", Path.Combine(AppContext.BaseDirectory, "Lua", script),
                     url,
                 })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var json = (await output).Split('\n').LastOrDefault(l => l.StartsWith("{\"wrk\"", StringComparison.Ordinal))
                   ?? throw new InvalidOperationException($"wrk printed no summary (exit {process.ExitCode}): {await output} {await error}");
        var summary = JsonDocument.Parse(json).RootElement;
        double D(string name) => summary.GetProperty(name).GetDouble();
        return new WrkResult(D("duration_us") / 1e6, (long)D("requests"), (long)D("status_errors"),
            (long)(D("connect_errors") + D("read_errors") + D("write_errors") + D("timeouts")),
            D("p50_us") / 1000, D("p90_us") / 1000, D("p99_us") / 1000, D("max_us") / 1000);
    }
}
