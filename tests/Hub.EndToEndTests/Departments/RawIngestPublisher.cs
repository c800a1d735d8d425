using System.Text;
using System.Text.Json;
using Hub.Testing;
using RabbitMQ.Client;

namespace Hub.EndToEndTests.Departments;

/// <summary>
/// What a centre's non-.NET system does: plain RabbitMQ.Client, plain JSON, no MassTransit. Publishes to
/// the centre's ingest exchange with publisher confirms, and reads queues back with BasicGet.
/// </summary>
public sealed class RawIngestPublisher : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;

    private RawIngestPublisher(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    public static async Task<RawIngestPublisher> ConnectAsync(string virtualHost, string user = "guest", string password = "guest")
    {
        var factory = new ConnectionFactory
        {
            HostName = TestBroker.Host, Port = TestBroker.Port, VirtualHost = virtualHost, UserName = user, Password = password,
        };
        var connection = await factory.CreateConnectionAsync("foreign-centre-system");
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        return new RawIngestPublisher(connection, channel);
    }

    /// <summary>Publishes one command as raw JSON; <paramref name="command"/> is serialised camelCase, as in docs/wire-format.md.</summary>
    public async Task PublishAsync(string department, string messageId, object command)
    {
        var properties = new BasicProperties
        {
            ContentType = "application/json",
            MessageId = messageId,
            DeliveryMode = DeliveryModes.Persistent,
        };
        var body = JsonSerializer.SerializeToUtf8Bytes(command, JsonSerializerOptions.Web);
        await _channel.BasicPublishAsync($"hub.ingest.{department}", routingKey: "", mandatory: true, basicProperties: properties, body: body);
    }

    /// <summary>Takes one message off a queue (acknowledged), waiting for it to arrive.</summary>
    public Task<BasicGetResult> GetAsync(string queue, TimeSpan within) => Eventually.ReturnsAsync(
        async () => await MessageCountAsync(queue) > 0 ? (await _channel.BasicGetAsync(queue, autoAck: true))! : null!,
        result => result is not null, within, $"a message on '{queue}'");

    /// <summary>Messages ready on a queue; 0 when the queue does not exist (MassTransit creates an _error queue at its first fault).</summary>
    public async Task<uint> MessageCountAsync(string queue)
    {
        // A passive declare of a missing queue closes its channel, so ask on a throwaway one.
        await using var probe = await _connection.CreateChannelAsync();
        try
        {
            return await probe.MessageCountAsync(queue);
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404)
        {
            return 0;
        }
    }

    public static string Header(BasicGetResult message, string name) =>
        message.BasicProperties.Headers?.TryGetValue(name, out var value) == true
            ? value switch { byte[] bytes => Encoding.UTF8.GetString(bytes), _ => value?.ToString() ?? "" }
            : "";

    public async ValueTask DisposeAsync()
    {
        await _channel.CloseAsync();
        await _connection.CloseAsync();
        _channel.Dispose();
        _connection.Dispose();
    }
}
