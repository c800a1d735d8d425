using System.Globalization;

namespace Hub.Benchmarks.Infrastructure;

/// <summary>
/// With <c>--profile</c>: samples each service's CPU with dotnet-trace while the ingest load runs, and keeps
/// the top methods (exclusive and inclusive) as text beside the results, to say where the time goes.
/// </summary>
public static class CpuProfiler
{
    public static async Task<string> EnsureToolAsync()
    {
        var tool = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools", "dotnet-trace");
        if (!File.Exists(tool)) await Shell.RunAsync("dotnet", "tool", "install", "-g", "dotnet-trace");
        return tool;
    }

    public static async Task CollectAsync(IEnumerable<(string Name, int Pid)> processes, TimeSpan duration, string folder, string label)
    {
        var tool = await EnsureToolAsync();
        Directory.CreateDirectory(folder);
        await Task.WhenAll(processes.Select(async p =>
        {
            var trace = Path.Combine(Path.GetTempPath(), $"hub-bench-{label}-{p.Name}.nettrace");
            await Shell.RunAsync(tool, "collect", "-p", p.Pid.ToString(CultureInfo.InvariantCulture), "--profile", "dotnet-sampled-thread-time",
                "--duration", duration.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture), "-o", trace);
            var exclusive = await Shell.RunAsync(tool, "report", trace, "topN", "-n", "40");
            var inclusive = await Shell.RunAsync(tool, "report", trace, "topN", "-n", "60", "--inclusive");
            await File.WriteAllTextAsync(Path.Combine(folder, $"{label}-{p.Name}.txt"),
                $"# {p.Name}: dotnet-trace, {duration.TotalSeconds:0} s of the ingest load ({label})\n\n## Exclusive\n{exclusive}\n\n## Inclusive\n{inclusive}\n");
            File.Delete(trace);
        }));
    }
}
