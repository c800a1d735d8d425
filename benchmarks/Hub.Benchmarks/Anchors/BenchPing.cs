namespace Hub.Benchmarks.Anchors;

/// <summary>The bare MassTransit anchor's message: about the size of a case event.</summary>
public sealed record BenchPing(Guid Id, string Citizen, string Department, string CaseType, DateTimeOffset At, string Padding);
