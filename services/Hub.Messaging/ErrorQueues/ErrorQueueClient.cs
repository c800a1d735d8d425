using System.Text;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Hub.Messaging.ErrorQueues;

/// <summary>
/// Lists and replays the messages MassTransit moved to a queue's <c>_error</c> queue, straight against
/// the broker. Listing fetches without acknowledging and closes the channel, so the broker keeps every
/// message. Replaying publishes each chosen message back to its original queue, waits for the broker's
/// confirm, and only then removes it from the error queue: a crash in between doubles it, never loses it.
/// </summary>
public sealed class ErrorQueueClient(RabbitMqOptions broker) : IAsyncDisposable
{
    public const string ErrorSuffix = "_error";
    private const ushort NotFound = 404;
    private IConnection? _connection;

    public static string ErrorQueueOf(string queue) => queue.EndsWith(ErrorSuffix, StringComparison.Ordinal) ? queue : queue + ErrorSuffix;

    public static string OriginalQueueOf(string errorQueue) =>
        errorQueue.EndsWith(ErrorSuffix, StringComparison.Ordinal) ? errorQueue[..^ErrorSuffix.Length] : errorQueue;

    /// <summary>Messages in the error queue; 0 when MassTransit has not created it yet (nothing ever failed there).</summary>
    public async Task<uint> CountAsync(string queue, CancellationToken cancellationToken = default)
    {
        // A passive declare of a missing queue closes its channel: ask on a channel of its own.
        await using var channel = await ChannelAsync(confirms: false, cancellationToken);
        try
        {
            return (await channel.QueueDeclarePassiveAsync(ErrorQueueOf(queue), cancellationToken)).MessageCount;
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == NotFound)
        {
            return 0;
        }
    }

    public async Task<IReadOnlyList<ErrorQueueMessage>> ListAsync(string queue, int limit = 100, CancellationToken cancellationToken = default)
    {
        var listed = new List<ErrorQueueMessage>();
        if (await CountAsync(queue, cancellationToken) == 0) return listed;
        await using var channel = await ChannelAsync(confirms: false, cancellationToken);
        while (listed.Count < limit && await channel.BasicGetAsync(ErrorQueueOf(queue), autoAck: false, cancellationToken) is { } got)
        {
            listed.Add(Describe(got.BasicProperties, got.Body));
        }

        // Closing without acknowledging hands every fetched message back to the queue.
        await channel.CloseAsync(cancellationToken);
        return listed;
    }

    /// <param name="messageIds">Only these (MassTransit message ids or event ids); all when empty.</param>
    public async Task<ReplayResult> ReplayAsync(
        string queue, IReadOnlyCollection<string>? messageIds = null, string? toQueue = null, int limit = 10_000, CancellationToken cancellationToken = default)
    {
        var from = ErrorQueueOf(queue);
        var to = toQueue ?? OriginalQueueOf(from);
        var replayed = 0;
        // Only what is there now: a message that fails again comes back behind us and must not be replayed in a loop.
        var present = await CountAsync(from, cancellationToken);
        if (present == 0) return new ReplayResult(from, to, 0, 0);
        await using var channel = await ChannelAsync(confirms: true, cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var fetched = 0;
        while (fetched++ < Math.Min(limit, present) && await channel.BasicGetAsync(from, autoAck: false, cancellationToken) is { } got)
        {
            var described = Describe(got.BasicProperties, got.Body);
            if (described.MessageId is { } id && !seen.Add(id))
            {
                break;
            }

            if (messageIds is { Count: > 0 } && !messageIds.Contains(described.MessageId ?? "") && !messageIds.Contains(described.EventId ?? ""))
            {
                continue; // Left unacknowledged: back in the error queue when the channel closes.
            }

            var properties = new BasicProperties(got.BasicProperties) { Persistent = true };
            properties.Headers = got.BasicProperties.Headers?
                .Where(h => !h.Key.StartsWith("MT-Fault-", StringComparison.Ordinal) && h.Key != "MT-Reason" && !h.Key.StartsWith("x-", StringComparison.Ordinal))
                .ToDictionary(h => h.Key, h => h.Value);
            await channel.BasicPublishAsync("", to, mandatory: true, properties, got.Body, cancellationToken);
            await channel.BasicAckAsync(got.DeliveryTag, multiple: false, cancellationToken);
            replayed++;
        }

        await channel.CloseAsync(cancellationToken);
        return new ReplayResult(from, to, replayed, (int)await CountAsync(from, cancellationToken));
    }

    public static ErrorQueueMessage Describe(IReadOnlyBasicProperties properties, ReadOnlyMemory<byte> body)
    {
        var headers = properties.Headers ?? new Dictionary<string, object?>();
        var (envelopeId, eventId, types) = EnvelopeIds(body);
        return new ErrorQueueMessage(
            properties.MessageId ?? envelopeId,
            eventId,
            types,
            Header(headers, "MT-Reason"),
            Header(headers, "MT-Fault-ExceptionType"),
            Header(headers, "MT-Fault-Message"),
            Header(headers, "MT-Fault-ConsumerType"),
            // MassTransit writes the header only when there were retries; a faulted message without it had none.
            int.TryParse(Header(headers, "MT-Fault-RetryCount"), out var retries) ? retries : Header(headers, "MT-Reason") is null ? null : 0,
            Header(headers, "MT-Fault-Timestamp"));
    }

    /// <summary>Reads only the envelope's ids and types, never the message's fields.</summary>
    private static (string? MessageId, string? EventId, IReadOnlyList<string> Types) EnvelopeIds(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            var messageId = root.TryGetProperty("messageId", out var id) ? id.GetString() : null;
            var eventId = root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.Object &&
                          message.TryGetProperty("eventId", out var e) ? e.ToString() : null;
            var types = root.TryGetProperty("messageType", out var t) && t.ValueKind == JsonValueKind.Array
                ? t.EnumerateArray().Select(x => x.GetString() ?? "").ToList()
                : [];
            return (messageId, eventId, types);
        }
        catch (JsonException)
        {
            return (null, null, []);
        }
    }

    private static string? Header(IDictionary<string, object?> headers, string key) => headers.TryGetValue(key, out var value) ? value switch
    {
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        null => null,
        _ => value.ToString(),
    } : null;

    private async Task<IChannel> ChannelAsync(bool confirms, CancellationToken cancellationToken)
    {
        _connection ??= await RabbitMqConnections.CreateFactory(broker, "hub-error-queue-ops").CreateConnectionAsync(cancellationToken);
        return await _connection.CreateChannelAsync(new CreateChannelOptions(confirms, confirms), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.CloseAsync();
            _connection.Dispose();
        }
    }
}
