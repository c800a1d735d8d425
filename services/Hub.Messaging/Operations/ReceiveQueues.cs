using System.Collections.Concurrent;
using MassTransit;

namespace Hub.Messaging.Operations;

/// <summary>The broker queues this service consumes from, as its receive endpoints come up.</summary>
public sealed class ReceiveQueues : IReceiveEndpointObserver
{
    private readonly ConcurrentDictionary<string, byte> _names = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Names => _names.Keys.Order(StringComparer.Ordinal).ToList();

    public Task Ready(ReceiveEndpointReady ready)
    {
        // rabbitmq://host/vhost/queue?bind=... : the queue is the last path segment. Temporary bus endpoints are not ops' concern.
        var queue = ready.InputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (queue is not null && !ready.InputAddress.Query.Contains("temporary=true", StringComparison.OrdinalIgnoreCase) && !queue.Contains("_bus_", StringComparison.Ordinal))
        {
            _names.TryAdd(queue, 0);
        }

        return Task.CompletedTask;
    }

    public Task Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;

    public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;

    public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;
}
