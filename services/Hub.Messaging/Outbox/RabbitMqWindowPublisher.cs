using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Hub.ServiceDefaults.Telemetry;
using RabbitMQ.Client;

using Hub.Persistence.Outbox;

namespace Hub.Messaging.Outbox;

/// <summary>
/// Publishes a window of outbox rows on one RabbitMQ channel, in order, with their confirms outstanding
/// together, as MassTransit's JSON envelope to the fanout exchange named after the contract
/// (<c>Hub.Contracts.Cases:CaseOpened</c>), which is what MassTransit consumers read (docs/wire-format.md).
/// The stored body goes out as it is: no deserialising and serialising again. One channel keeps the
/// order on the wire; a window that fails reports how many rows, from the first, the broker confirmed.
/// </summary>
public sealed class RabbitMqWindowPublisher(ConnectionFactory factory, string module) : IAsyncDisposable
{
    private readonly string _brokerAddress =
        $"rabbitmq://{factory.HostName}/{(factory.VirtualHost is "/" or "" ? "" : Uri.EscapeDataString(factory.VirtualHost) + "/")}";
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly HashSet<string> _declared = new(StringComparer.Ordinal);
    private IConnection? _connection;
    private IChannel? _channel;

    public async Task<OutboxWindowResult> PublishAsync(IReadOnlyList<OutboxMessage> rows, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            var channel = await ChannelAsync(cancellationToken);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(timeout);
            foreach (var exchange in rows.Select(r => ExchangeOf(r.MessageType)).Distinct().Where(e => !_declared.Contains(e)).ToList())
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
        ActivityContext.TryParse(row.TraceParent, null, out var parent);
        using var activity = HubActivity.Source.StartActivity("outbox publish", ActivityKind.Producer, parent);
        activity?.SetTag("messaging.message.type", row.MessageType);
        activity?.SetTag("hub.module", module);
        var exchange = ExchangeOf(row.MessageType);

        var properties = new BasicProperties
        {
            ContentType = "application/vnd.masstransit+json",
            MessageId = row.MessageId.ToString(),
            Persistent = true,
            Headers = new Dictionary<string, object?>(),
        };
        if ((activity?.Id ?? row.TraceParent) is { } traceParent) properties.Headers["MT-Activity-Id"] = traceParent;
        await channel.BasicPublishAsync(exchange, "", mandatory: false, properties, Envelope(row, exchange), cancellationToken);
    }

    private byte[] Envelope(OutboxMessage row, string exchange)
    {
        using var buffer = new MemoryStream(row.Body.Length + 512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("messageId", row.MessageId);
            json.WriteString("sourceAddress", $"{_brokerAddress}outbox-relay-{module}");
            json.WriteString("destinationAddress", $"{_brokerAddress}{exchange}");
            json.WriteStartArray("messageType");
            json.WriteStringValue($"urn:message:{exchange}");
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

    /// <summary><c>Hub.Contracts.Cases.CaseOpened</c> → <c>Hub.Contracts.Cases:CaseOpened</c>, MassTransit's entity name.</summary>
    public static string ExchangeOf(string contractType)
    {
        var split = contractType.LastIndexOf('.');
        return $"{contractType[..split]}:{contractType[(split + 1)..]}";
    }

    private async Task<IChannel> ChannelAsync(CancellationToken cancellationToken)
    {
        if (_channel is { IsOpen: true } channel) return channel;
        await ResetAsync();
        _connection = await factory.CreateConnectionAsync("outbox-relay", cancellationToken);
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
