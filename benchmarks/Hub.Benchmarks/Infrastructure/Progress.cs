using System.Diagnostics;

namespace Hub.Benchmarks.Infrastructure;

/// <summary>Tells the person waiting what the run is doing: elapsed time, step and the figure just measured.</summary>
public static class Progress
{
    private static readonly Stopwatch Clock = Stopwatch.StartNew();

    public static void Step(string what) => Console.WriteLine($"[{Clock.Elapsed:mm\\:ss}] {what}");

    public static void Done(string what) => Console.WriteLine($"[{Clock.Elapsed:mm\\:ss}]     → {what}");
}
