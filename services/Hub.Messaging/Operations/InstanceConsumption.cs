using MassTransit;

namespace Hub.Messaging.Operations;

/// <summary>
/// Which process this is and how many messages its consumers have handled since it started. With several
/// instances on one queue (competing consumers, docs/scaling.md) ops see each instance's share in
/// <c>GET /ops/status</c>.
/// </summary>
public sealed class InstanceConsumption : IConsumeObserver
{
    private long _consumed;

    public string Instance { get; } = $"{Environment.MachineName}/{Environment.ProcessId}";
    public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;

    /// <summary>Messages whose consumer completed (and so were acknowledged), redeliveries included.</summary>
    public long Consumed => Interlocked.Read(ref _consumed);

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        Interlocked.Increment(ref _consumed);
        return Task.CompletedTask;
    }

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
