using System.Text.Json;
using Hub.Persistence.Outbox;
using MassTransit;

namespace Hub.Messaging.Outbox;

/// <summary>
/// The in-memory transport's publisher (standalone): each row of the window is deserialised to its contract and
/// published through the bus in turn, under its stored message id, each awaited before the next.
/// </summary>
public sealed class InMemoryBusPublisher(IBus bus, string module, TimeSpan publishTimeout) : IOutboxPublisher
{
    public const string Transport = "in-memory";

    public async Task<OutboxWindowResult> PublishAsync(IReadOnlyList<OutboxMessage> window, CancellationToken cancellationToken)
    {
        for (var i = 0; i < window.Count; i++)
        {
            try
            {
                await PublishOneAsync(window[i], cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return new OutboxWindowResult(i, exception is OperationCanceledException
                    ? new TimeoutException($"No confirm from the bus within {publishTimeout.TotalSeconds:0} s.")
                    : exception);
            }
        }

        return new OutboxWindowResult(window.Count, null);
    }

    private async Task PublishOneAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        var type = ContractTypes.Resolve(row.MessageType);
        using var activity = OutboxPublishTelemetry.StartPublish(row, module, Transport, RabbitMqWindowPublisher.ExchangeOf(type));
        try
        {
            var message = JsonSerializer.Deserialize(row.Body, type, JsonSerializerOptions.Web)!;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(publishTimeout);
            await bus.Publish(message, type, context => context.MessageId = row.MessageId, timeout.Token);
        }
        catch (Exception exception)
        {
            OutboxPublishTelemetry.Failed(activity, exception);
            throw;
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
