namespace Hub.Benchmarks.Load;

/// <summary>Percentiles of a set of latencies in milliseconds (nearest rank).</summary>
public sealed class Latencies
{
    private readonly double[] _sorted;

    public Latencies(IEnumerable<double> milliseconds) => _sorted = milliseconds.Order().ToArray();

    public int Count => _sorted.Length;

    public double Percentile(double p) =>
        _sorted.Length == 0 ? double.NaN : _sorted[Math.Clamp((int)Math.Ceiling(p * _sorted.Length) - 1, 0, _sorted.Length - 1)];

    public Dictionary<string, double> Summary() => new()
    {
        ["p50 ms"] = Math.Round(Percentile(0.50), 2),
        ["p90 ms"] = Math.Round(Percentile(0.90), 2),
        ["p99 ms"] = Math.Round(Percentile(0.99), 2),
        ["max ms"] = Math.Round(Percentile(1.0), 2),
        ["samples"] = Count,
    };
}
