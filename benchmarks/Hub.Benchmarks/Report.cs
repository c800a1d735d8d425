using System.Globalization;
using System.Text;
using Hub.Testing;

namespace Hub.Benchmarks;

/// <summary>A markdown table of each workload and its ratio to the baseline, kept under benchmarks/results/.</summary>
public static class Report
{
    public static string Render(int operations, int concurrency, Measurement baseline, params Measurement[] workloads)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Ingest benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine(CultureInfo.InvariantCulture, $"{operations} operations, {concurrency} concurrent clients, {Environment.ProcessorCount} cores. Ratios are against the baseline of the same run.");
        text.AppendLine();
        text.AppendLine("| workload | ops/s | p50 ms | p95 ms | throughput ÷ baseline | p50 ÷ baseline |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var m in workloads.Prepend(baseline))
        {
            var p50 = m.LatenciesMs.Count > 0 ? $"{m.P50:0.00}" : "—";
            var p95 = m.LatenciesMs.Count > 0 ? $"{m.P95:0.00}" : "—";
            var latencyRatio = m.LatenciesMs.Count > 0 ? $"{m.P50 / baseline.P50:0.0}" : "—";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {m.Name} | {m.PerSecond:0} | {p50} | {p95} | {m.PerSecond / baseline.PerSecond:0.000} | {latencyRatio} |");
        }

        return text.ToString();
    }

    public static void Save(string report)
    {
        var folder = Path.Combine(HubTopology.RepositoryRoot(), "benchmarks", "results");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, $"ingest-{DateTime.UtcNow:yyyyMMdd-HHmm}.md"), report);
    }
}
