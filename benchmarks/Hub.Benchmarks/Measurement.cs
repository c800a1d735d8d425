namespace Hub.Benchmarks;

/// <summary>One measured workload: how many operations, how long in all, and each one's latency.</summary>
public sealed record Measurement(string Name, int Operations, TimeSpan Elapsed, IReadOnlyList<double> LatenciesMs)
{
    public double PerSecond => Operations / Elapsed.TotalSeconds;
    public double P50 => Percentile(0.50);
    public double P95 => Percentile(0.95);

    private double Percentile(double p)
    {
        var sorted = LatenciesMs.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[(int)Math.Min(sorted.Length - 1, Math.Floor(p * sorted.Length))];
    }
}
