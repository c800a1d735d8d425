using MassTransit;

namespace Hub.Benchmarks.Anchors;

/// <summary>Counts what the bare MassTransit anchor consumes, and does nothing else.</summary>
public sealed class BenchPingCounter : IConsumer<BenchPing>
{
    private static long _consumed;

    public static long Consumed => Interlocked.Read(ref _consumed);

    public static void Reset() => Interlocked.Exchange(ref _consumed, 0);

    public Task Consume(ConsumeContext<BenchPing> context)
    {
        Interlocked.Increment(ref _consumed);
        return Task.CompletedTask;
    }
}
