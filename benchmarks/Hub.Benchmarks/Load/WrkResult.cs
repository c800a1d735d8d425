namespace Hub.Benchmarks.Load;

/// <summary>What one wrk run reported (printed as JSON by the Lua scripts' <c>done</c>).</summary>
public sealed record WrkResult(
    double DurationSeconds,
    long Requests,
    long NonSuccessStatus,
    long SocketErrors,
    double P50Ms,
    double P90Ms,
    double P99Ms,
    double MaxMs)
{
    public long Succeeded => Requests - NonSuccessStatus;
    public double PerSecond => Succeeded / DurationSeconds;

    public Dictionary<string, double> Details() => new()
    {
        ["p50 ms"] = P50Ms,
        ["p90 ms"] = P90Ms,
        ["p99 ms"] = P99Ms,
        ["max ms"] = MaxMs,
        ["requests"] = Requests,
        ["non-2xx"] = NonSuccessStatus,
        ["socket errors"] = SocketErrors,
    };
}
