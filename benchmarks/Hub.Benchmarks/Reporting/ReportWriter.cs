using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Hub.Benchmarks.Reporting;

/// <summary>Writes one run as <c>results/&lt;date&gt;-&lt;label&gt;.md</c> and <c>.json</c>.</summary>
public static class ReportWriter
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static (string Markdown, string Json) Write(RunResult run, string folder)
    {
        Directory.CreateDirectory(folder);
        var stem = Path.Combine(folder, $"{run.StartedAt.UtcDateTime:yyyy-MM-dd-HHmm}-{run.Label}");
        File.WriteAllText(stem + ".md", Markdown(run));
        File.WriteAllText(stem + ".json", JsonSerializer.Serialize(new
        {
            run.Label, run.Mode, run.Commit, run.StartedAt, run.Cores, run.LoadAverageAtStart,
            elapsedSeconds = Math.Round(run.Elapsed.TotalSeconds, 1),
            figures = run.Figures,
            targets = run.Targets.Select(t => new { t.Name, t.Formula, value = Math.Round(t.Value, 3), t.Comparison, t.Threshold, t.Met }),
            checks = run.Checks,
        }, Json));
        return (stem + ".md", stem + ".json");
    }

    /// <summary>The run's line for the history table in benchmarks/README.md.</summary>
    public static string HistoryRow(RunResult run)
    {
        string V(string key, string format = "#,0") => run.ValueOf(key)?.ToString(format, CultureInfo.InvariantCulture) ?? "—";
        string T(string prefix) => run.Targets.FirstOrDefault(t => t.Name.StartsWith(prefix, StringComparison.Ordinal)) is { } t
            ? t.Value.ToString("0.00", CultureInfo.InvariantCulture) : "—";
        var rss = run.Figures.Where(f => f.Key.StartsWith(FigureKeys.RssDistributedPrefix, StringComparison.Ordinal) || f.Key == FigureKeys.RssStandalone)
            .Select(f => f.Value).DefaultIfEmpty(double.NaN).Max();
        return $"| {run.StartedAt.UtcDateTime:yyyy-MM-dd HH:mm} | {run.Label} | {run.Commit} | {V(FigureKeys.IngestDistributedApplied)} | "
            + $"{T("Ingest, distributed ÷")} | {V(FigureKeys.IngestStandaloneApplied)} | {V(FigureKeys.Freshness, "0.0")} | "
            + $"{V(FigureKeys.ViewFixedSmall, "0.0")} | {T("Flat with size")} | {T("Unified view at saturation")} | {T("Gateway: YARP")} | "
            + $"{rss:0} | {run.LoadAverageAtStart} |";
    }

    public static string Markdown(RunResult run)
    {
        var text = new StringBuilder();
        void Line(string line = "") => text.AppendLine(line);
        Line($"# Benchmark {run.StartedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC — {run.Label}");
        Line();
        Line($"Commit `{run.Commit}`, mode `{run.Mode}`, {run.Elapsed.TotalMinutes:0.0} min. {run.Cores} cores, shared by the load "
            + $"generator, the broker and every service (load average at start: {run.LoadAverageAtStart}). Absolute numbers on "
            + "this machine move with whatever else runs; the ratios against the anchors measured in the same run are the comparable figures.");
        Line();
        Line("## Targets (issue 11)");
        Line();
        Line("| target | value | goal | met |");
        Line("|---|---:|---:|:-:|");
        foreach (var t in run.Targets)
        {
            Line($"| {t.Name} | {Format(t.Value)} | {t.Comparison} {Format(t.Threshold)} | {(t.Met ? "yes" : "**no**")} |");
        }

        foreach (var group in run.Figures.GroupBy(f => f.Group))
        {
            Line();
            Line($"## {group.Key}");
            Line();
            Line("| figure | value | load | details |");
            Line("|---|---:|---|---|");
            foreach (var f in group)
            {
                var details = string.Join(", ", f.Details.Select(d => $"{d.Key} {Format(d.Value)}"));
                Line($"| {f.What} | {Format(f.Value)} {f.Unit} | {f.Load} | {details} |");
            }
        }

        Line();
        Line("## History row (benchmarks/README.md)");
        Line();
        Line(HistoryRow(run));
        Line();
        Line("## Checks");
        Line();
        foreach (var c in run.Checks)
        {
            Line($"- {(c.Passed ? "PASS" : "**FAIL**")} {c.Name}: {c.Detail}");
        }

        return text.ToString();
    }

    private static string Format(double value) => Math.Abs(value) switch
    {
        _ when value == Math.Floor(value) => value.ToString("#,0", CultureInfo.InvariantCulture),
        >= 100 => value.ToString("#,0", CultureInfo.InvariantCulture),
        >= 10 => value.ToString("0.0", CultureInfo.InvariantCulture),
        _ => value.ToString("0.00", CultureInfo.InvariantCulture),
    };
}
