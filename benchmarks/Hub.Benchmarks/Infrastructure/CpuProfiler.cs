using System.Globalization;
using System.Text;

namespace Hub.Benchmarks.Infrastructure;

/// <summary>
/// With <c>--profile</c>: samples each service's CPU with Linux <c>perf</c> while the ingest load runs (on-CPU
/// samples only: a thread waiting costs nothing and shows nothing, unlike dotnet-trace's thread time), and keeps
/// the top shared objects and functions as text beside the results, to say where the time goes. The services
/// write perf maps for their JIT-compiled code (<see cref="PrepareServices"/>).
/// </summary>
public static class CpuProfiler
{
    /// <summary>Before any service starts: they inherit these and name their compiled methods for perf.</summary>
    public static void PrepareServices()
    {
        Environment.SetEnvironmentVariable("DOTNET_PerfMapEnabled", "1");
        // With W^X on, JIT code runs from a second mapping perf cannot attribute to the map.
        Environment.SetEnvironmentVariable("DOTNET_EnableWriteXorExecute", "0");
    }

    public static async Task CollectAsync(IEnumerable<(string Name, int Pid)> processes, TimeSpan duration, string folder, string label)
    {
        if (!Shell.OnPath("perf")) await Shell.RunAsync("apt-get", "install", "-y", "-q", "linux-perf");
        Directory.CreateDirectory(folder);
        await Task.WhenAll(processes.Select(async p =>
        {
            var data = Path.Combine(Path.GetTempPath(), $"hub-bench-{label}-{p.Name}.perf");
            await Shell.RunAsync("perf", "record", "-F", "499", "-g", "-p", p.Pid.ToString(CultureInfo.InvariantCulture), "-o", data,
                "--", "sleep", duration.TotalSeconds.ToString("0", CultureInfo.InvariantCulture));
            var text = new StringBuilder($"# {p.Name}: perf, on-CPU samples at 499 Hz, {duration.TotalSeconds:0} s of the ingest load ({label})\n\n");
            text.Append("## By shared object (self)\n```\n").Append(Top(await Report(data, "--no-children", "--sort", "dso"), 12)).Append("\n```\n\n");
            text.Append("## Functions (self)\n```\n").Append(Top(await Report(data, "--no-children", "--sort", "dso,sym"), 50)).Append("\n```\n\n");
            text.Append("## Functions (with callees)\n```\n").Append(Top(await Report(data, "--children", "--sort", "sym"), 60)).Append("\n```\n");
            await File.WriteAllTextAsync(Path.Combine(folder, $"{label}-{p.Name}.txt"), text.ToString());
            File.Delete(data);
        }));
    }

    private static Task<string> Report(string data, params string[] arguments) =>
        Shell.RunAsync("perf", ["report", "-i", data, "--stdio", "-g", "none", .. arguments]);

    private static string Top(string report, int lines) => string.Join('\n', report.Split('\n')
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Take(lines)
        .Select(line => line.Length > 220 ? line[..220] : line));
}
