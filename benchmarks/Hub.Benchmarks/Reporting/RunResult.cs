using System.Collections.Concurrent;

namespace Hub.Benchmarks.Reporting;

/// <summary>Everything one run measured, in the order it was measured.</summary>
public sealed class RunResult
{
    private readonly ConcurrentQueue<Figure> _figures = new();
    private readonly ConcurrentQueue<Check> _checks = new();
    private readonly List<Target> _targets = [];

    public required string Label { get; init; }
    public required string Mode { get; init; }
    public required string Commit { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required string LoadAverageAtStart { get; init; }
    public int Cores { get; } = Environment.ProcessorCount;
    public TimeSpan Elapsed { get; set; }

    public IEnumerable<Figure> Figures => _figures;
    public IEnumerable<Check> Checks => _checks;
    public IReadOnlyList<Target> Targets => _targets;

    public Figure Add(Figure figure)
    {
        _figures.Enqueue(figure);
        return figure;
    }

    public void Add(Check check) => _checks.Enqueue(check);

    public void AddTargets(IEnumerable<Target> targets) => _targets.AddRange(targets);

    public Figure? Find(string key) => _figures.FirstOrDefault(f => f.Key == key);

    public double? ValueOf(string key) => Find(key)?.Value;

    public double? DetailOf(string key, string detail) => Find(key) is { } f && f.Details.TryGetValue(detail, out var v) ? v : null;
}
