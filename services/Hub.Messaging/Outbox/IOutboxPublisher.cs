using Hub.Persistence.Outbox;

namespace Hub.Messaging.Outbox;

/// <summary>
/// Puts a window of outbox rows on the transport, in order, and says how many of them, from the first, the
/// transport confirmed. One implementation per transport: <see cref="RabbitMqWindowPublisher"/> (the rows on
/// one channel with their confirms outstanding together) and <see cref="InMemoryBusPublisher"/> (through the
/// in-memory bus, one after another). Both trace each row the same way (<see cref="OutboxPublishTelemetry"/>);
/// the relay records the metrics from the result.
/// </summary>
public interface IOutboxPublisher : IAsyncDisposable
{
    /// <summary>Never throws for a failed row: the result carries how many were confirmed and why the next was not.</summary>
    Task<OutboxWindowResult> PublishAsync(IReadOnlyList<OutboxMessage> window, CancellationToken cancellationToken);
}
