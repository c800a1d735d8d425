using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Hub.Messaging.Operations;

/// <summary>
/// Reads queue depths with passive declares, under the service's own broker account: cheap, and it
/// changes nothing. An error queue MassTransit has not created yet (no message ever failed) counts 0.
/// </summary>
public sealed class BrokerQueueProbe(RabbitMqOptions broker)
{
    private const ushort NotFound = 404;

    public async Task<IReadOnlyList<QueueDepth>> ReadAsync(IReadOnlyList<string> queues, CancellationToken ct)
    {
        await using var connection = await RabbitMqConnections.CreateFactory(broker, "hub-ops-probe").CreateConnectionAsync(ct);
        var depths = new List<QueueDepth>();
        foreach (var queue in queues)
        {
            var (messages, consumers) = await CountAsync(connection, queue, ct);
            var errorQueue = queue + "_error";
            var (errors, _) = await CountAsync(connection, errorQueue, ct);
            depths.Add(new QueueDepth(queue, messages, consumers, errorQueue, errors));
        }

        await connection.CloseAsync(ct);
        return depths;
    }

    private static async Task<(long Messages, long Consumers)> CountAsync(IConnection connection, string queue, CancellationToken ct)
    {
        // A passive declare of a missing queue closes its channel: one channel per question.
        await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
        try
        {
            var declared = await channel.QueueDeclarePassiveAsync(queue, ct);
            return (declared.MessageCount, declared.ConsumerCount);
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == NotFound)
        {
            return (0, 0);
        }
    }
}
