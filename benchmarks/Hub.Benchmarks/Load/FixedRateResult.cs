namespace Hub.Benchmarks.Load;

/// <summary>An open-loop run: what was offered, what answered, and latency measured from each request's due time.</summary>
public sealed record FixedRateResult(double OfferedPerSecond, TimeSpan Duration, int Sent, int Succeeded, int Failed, Latencies Latencies)
{
    public Dictionary<string, double> Details()
    {
        var details = Latencies.Summary();
        details["offered/s"] = OfferedPerSecond;
        details["achieved/s"] = Math.Round(Succeeded / Duration.TotalSeconds, 1);
        details["failed"] = Failed;
        return details;
    }
}
