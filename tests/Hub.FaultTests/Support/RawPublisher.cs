using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Testing;
using RabbitMQ.Client;

namespace Hub.FaultTests.Support;

/// <summary>
/// Publishes events on the wire the way MassTransit does, without MassTransit: the JSON envelope
/// (<c>application/vnd.masstransit+json</c>) to the fanout exchange named after the contract type, e.g.
/// <c>Hub.Contracts.Cases:CaseOpened</c>. What a non-.NET centre system would do; here it also injects
/// duplicates and shuffled or poisoned streams. Each publish waits for the broker's confirm.
/// </summary>
public sealed class RawPublisher : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly string _virtualHost;

    private RawPublisher(IConnection connection, IChannel channel, string virtualHost)
    {
        _connection = connection;
        _channel = channel;
        _virtualHost = virtualHost;
    }

    private int _published;

    public int Published => _published;

    public static async Task<RawPublisher> ConnectAsync(string virtualHost)
    {
        var connection = await new ConnectionFactory
        {
            HostName = TestBroker.Host, Port = TestBroker.Port, VirtualHost = virtualHost, ClientProvidedName = "fault-test-raw-publisher",
        }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        return new RawPublisher(connection, channel, virtualHost);
    }

    /// <param name="contractType">The contract's full name, as the outbox stores it, e.g. <c>Hub.Contracts.Cases:CaseOpened</c>'s <c>Hub.Contracts.Cases.CaseOpened</c>.</param>
    public async Task PublishAsync(string contractType, string messageJson, Guid messageId)
    {
        var split = contractType.LastIndexOf('.');
        var exchange = $"{contractType[..split]}:{contractType[(split + 1)..]}";
        var envelope = new JsonObject
        {
            ["messageId"] = messageId.ToString(),
            ["conversationId"] = Guid.NewGuid().ToString(),
            ["sourceAddress"] = $"rabbitmq://{TestBroker.Host}/{_virtualHost}/fault-test-raw-publisher",
            ["destinationAddress"] = $"rabbitmq://{TestBroker.Host}/{_virtualHost}/{exchange}",
            ["messageType"] = new JsonArray($"urn:message:{exchange}"),
            ["message"] = JsonNode.Parse(messageJson),
            ["sentTime"] = DateTimeOffset.UtcNow.ToString("O"),
            ["headers"] = new JsonObject(),
        };
        var properties = new BasicProperties
        {
            ContentType = "application/vnd.masstransit+json",
            MessageId = messageId.ToString(),
            Persistent = true,
        };
        await _channel.BasicPublishAsync(exchange, "", mandatory: true, properties, Encoding.UTF8.GetBytes(envelope.ToJsonString()));
        Interlocked.Increment(ref _published);
    }

    public Task PublishAsync<T>(T message, Guid? messageId = null) where T : class =>
        PublishAsync(typeof(T).FullName!, JsonSerializer.Serialize(message, JsonSerializerOptions.Web), messageId ?? Guid.NewGuid());

    public async ValueTask DisposeAsync()
    {
        await _channel.CloseAsync();
        await _connection.CloseAsync();
        _channel.Dispose();
        _connection.Dispose();
    }
}
