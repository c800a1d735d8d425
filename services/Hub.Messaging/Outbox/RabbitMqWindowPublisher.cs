using System.Collections.Concurrent;
using System.Text.Json;
using Hub.Persistence.Outbox;
using MassTransit;
using RabbitMQ.Client;

namespace Hub.Messaging.Outbox;

/// <summary>
/// Publishes a window of outbox rows on one RabbitMQ channel, in order, with their confirms outstanding
/// together, as MassTransit's JSON envelope to the fanout exchange named after the contract
/// (<c>Hub.Contracts.Cases:CaseOpened</c>), which is what MassTransit consumers read (docs/wire-format.md).
/// The stored body goes out as it is: no deserialising and serialising again. One channel keeps the
/// order on the wire; a window that fails reports how many rows, from the first, the broker confirmed.
/// The message type and the exchange come from MassTransit's own <see cref="MessageUrn"/>, and a test against
/// the real broker has MassTransit's consumer read what this sends (WindowPublisherWireTests), so an upgrade
/// that changes the envelope cannot pass unseen.
/// </summary>
public sealed class RabbitMqWindowPublisher(RabbitMqOptions broker, string module, TimeSpan publishTimeout) : IOutboxPublisher
{
    public const string Transport = "rabbitmq";
    public const string ContentType = "application/vnd.masstransit+json";

    /// <summary>The transport header MassTransit's receive side reads the parent trace context from.</summary>
    public const string ActivityIdHeader = "MT-Activity-Id";

    private static readonly ConcurrentDictionary<string, (string Urn, string Exchange)> Names = new(StringComparer.Ordinal);
    private readonly ConnectionFactory _factory = RabbitMqConnections.CreateFactory(broker, $"outbox-relay-{module}");
    private readonly string _brokerAddress =
        $"rabbitmq://{broker.Host}/{(broker.VirtualHost is "/" or "" ? "" : Uri.EscapeDataString(broker.VirtualHost) + "/")}";
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly HashSet<string> _declared = new(StringComparer.Ordinal);
    private IConnection? _connection;
    private IChannel? _channel;

    public async Task<OutboxWindowResult> PublishAsync(IReadOnlyList<OutboxMessage> rows, CancellationToken cancellationToken)
    {
        var timeout = publishTimeout;
        await _lock.WaitAsync(cancellationToken);
        try
        {
            var channel = await ChannelAsync(cancellationToken);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(timeout);
            foreach (var exchange in rows.Select(r => NamesOf(r.MessageType).Exchange).Distinct().Where(e => !_declared.Contains(e)).ToList())
            {
                await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: deadline.Token);
                _declared.Add(exchange);
            }

            // Started one after another on one channel, so they reach the broker in the window's order; awaited after.
            var confirms = new List<Task>(rows.Count);
            foreach (var row in rows)
            {
                confirms.Add(PublishOneAsync(channel, row, deadline.Token));
            }

            for (var i = 0; i < confirms.Count; i++)
            {
                try
                {
                    await confirms[i];
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    await ResetAsync();
                    return new OutboxWindowResult(i, exception is OperationCanceledException
                        ? new TimeoutException($"No confirm from the broker within {timeout.TotalSeconds:0} s.")
                        : exception);
                }
            }

            return new OutboxWindowResult(rows.Count, null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await ResetAsync();
            return new OutboxWindowResult(0, exception);
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task PublishOneAsync(IChannel channel, OutboxMessage row, CancellationToken cancellationToken)
    {
        var (urn, exchange) = NamesOf(row.MessageType);
        using var activity = OutboxPublishTelemetry.StartPublish(row, module, Transport, exchange);
        var properties = new BasicProperties
        {
            ContentType = ContentType,
            MessageId = row.MessageId.ToString(),
            Persistent = true,
            Headers = new Dictionary<string, object?>(),
        };
        if ((activity?.Id ?? row.TraceParent) is { } traceParent) properties.Headers[ActivityIdHeader] = traceParent;
        try
        {
            await channel.BasicPublishAsync(exchange, "", mandatory: false, properties, Envelope(row, urn, exchange), cancellationToken);
        }
        catch (Exception exception)
        {
            OutboxPublishTelemetry.Failed(activity, exception);
            throw;
        }
    }

    private byte[] Envelope(OutboxMessage row, string urn, string exchange)
    {
        using var buffer = new MemoryStream(row.Body.Length + 512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("messageId", row.MessageId);
            json.WriteString("sourceAddress", $"{_brokerAddress}outbox-relay-{module}");
            json.WriteString("destinationAddress", $"{_brokerAddress}{exchange}");
            json.WriteStartArray("messageType");
            json.WriteStringValue(urn);
            json.WriteEndArray();
            json.WritePropertyName("message");
            json.WriteRawValue(row.Body, skipInputValidation: true);
            json.WriteString("sentTime", DateTimeOffset.UtcNow);
            json.WriteStartObject("headers");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// <c>CaseOpened</c> → <c>Hub.Contracts.Cases:CaseOpened</c>: the name in MassTransit's message URN
    /// (<c>urn:message:Hub.Contracts.Cases:CaseOpened</c>), which its RabbitMQ topology names the type's exchange by.
    /// </summary>
    public static string ExchangeOf(Type contract) => NameIn(MessageUrn.ForTypeString(contract));

    private static (string Urn, string Exchange) NamesOf(string storedType) => Names.GetOrAdd(storedType, name =>
    {
        var urn = MessageUrn.ForTypeString(ContractTypes.Resolve(name));
        return (urn, NameIn(urn));
    });

    private static string NameIn(string urn) => urn.StartsWith(UrnPrefix, StringComparison.Ordinal)
        ? urn[UrnPrefix.Length..]
        : throw new InvalidOperationException($"Unexpected message URN '{urn}'.");

    private const string UrnPrefix = "urn:message:";

    private async Task<IChannel> ChannelAsync(CancellationToken cancellationToken)
    {
        if (_channel is { IsOpen: true } channel) return channel;
        await ResetAsync();
        _connection = await _factory.CreateConnectionAsync(cancellationToken);
        _channel = await _connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        return _channel;
    }

    private async Task ResetAsync()
    {
        _declared.Clear();
        try
        {
            if (_channel is not null) await _channel.DisposeAsync();
            if (_connection is not null) await _connection.DisposeAsync();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Already broken: that is why it is being replaced.
        }

        _channel = null;
        _connection = null;
    }

    public async ValueTask DisposeAsync()
    {
        await ResetAsync();
        _lock.Dispose();
    }
}
