namespace Hub.Benchmarks.Reporting;

/// <summary>A correctness check the run makes besides measuring, e.g. every accepted event applied exactly once.</summary>
public sealed record Check(string Name, bool Passed, string Detail);
