namespace Hub.Benchmarks.Reporting;

/// <summary>A goal from issue 11, evaluated on this run's figures (ratios are against same-run baselines).</summary>
public sealed record Target(string Name, string Formula, double Value, string Comparison, double Threshold)
{
    public bool Met => Comparison switch
    {
        ">=" => Value >= Threshold,
        "<" => Value < Threshold,
        "<=" => Value <= Threshold,
        _ => throw new InvalidOperationException($"Unknown comparison {Comparison}."),
    };
}
