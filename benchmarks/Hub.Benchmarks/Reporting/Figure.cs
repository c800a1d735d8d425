namespace Hub.Benchmarks.Reporting;

/// <summary>
/// One measured number and the load that produced it: how many connections or what offered rate, for how long.
/// <paramref name="Details"/> holds the rest of the distribution (p50, p99, errors, ...).
/// </summary>
public sealed record Figure(
    string Key,
    string Group,
    string What,
    double Value,
    string Unit,
    string Load,
    IReadOnlyDictionary<string, double> Details);
