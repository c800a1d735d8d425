namespace Hub.Benchmarks.Reporting;

/// <summary>The targets of issue 11, as formulas over the figures of one run.</summary>
public static class IssueTargets
{
    public static IEnumerable<Target> Evaluate(RunResult run)
    {
        double? V(string key) => run.ValueOf(key);

        if (V(FigureKeys.IngestDistributedApplied) is { } distributed)
        {
            yield return new Target("Ingest, distributed: events/s applied in the hub", "applied", distributed, ">=", 3000);
            if (V(FigureKeys.MassTransit) is { } bare)
            {
                yield return new Target("Ingest, distributed ÷ bare MassTransit", "applied ÷ MassTransit publish→consume", distributed / bare, ">=", 0.75);
            }
        }

        if (V(FigureKeys.IngestStandaloneApplied) is { } standalone)
        {
            yield return new Target("Ingest, standalone: events/s applied in the hub", "applied", standalone, ">=", 3000);
        }

        if (V(FigureKeys.Freshness) is { } freshness)
        {
            yield return new Target("Freshness p99 at 1,000 events/s (ms)", "p99 201 → visible in the hub", freshness, "<", 100);
        }

        if (V(FigureKeys.ViewFixedSmall) is { } small)
        {
            yield return new Target("Unified view via gateway at 1,000 req/s: p99 (ms)", "p99", small, "<", 10);
            if (V(FigureKeys.ViewFixedLarge) is { } large)
            {
                yield return new Target("Flat with size: p99 at 1M ÷ p99 at 10k citizens", "p99(1M) ÷ p99(10k)", large / small, "<=", 1.5);
            }
        }

        if (V(FigureKeys.ViewSaturationGateway) is { } gateway && V(FigureKeys.ViewSaturationDirect) is { } direct)
        {
            yield return new Target("Unified view at saturation: gateway ÷ direct", "req/s via gateway ÷ req/s direct", gateway / direct, ">=", 0.5);
        }

        if (V(FigureKeys.HttpYarp) is { } yarp && V(FigureKeys.HttpNginx) is { } nginx)
        {
            yield return new Target("Gateway: YARP ÷ nginx, same backend", "req/s YARP ÷ req/s nginx", yarp / nginx, ">=", 0.8);
        }

        var services = run.Figures.Where(f => f.Key.StartsWith(FigureKeys.RssDistributedPrefix, StringComparison.Ordinal)).ToList();
        if (services.Count > 0)
        {
            var worst = services.MaxBy(f => f.Value)!;
            yield return new Target($"Memory: largest service peak RSS (MB), {worst.What}", "max VmHWM", worst.Value, "<", 200);
        }

        if (V(FigureKeys.RssStandalone) is { } rss)
        {
            yield return new Target("Memory: standalone peak RSS (MB)", "VmHWM", rss, "<", 400);
        }
    }
}
