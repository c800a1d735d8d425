using System.Diagnostics;
using Hub.Benchmarks.Reporting;
using Hub.Testing;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Hub.Benchmarks.Anchors;

/// <summary>
/// The broker's own pace: RabbitMQ.Client publishing persistent messages with confirms (up to 1,000 outstanding)
/// to a quorum queue while a consumer (prefetch 1,000) acknowledges each. Rate = consumed ÷ time until drained.
/// </summary>
public static class RawRabbitAnchor
{
    public static async Task<Figure> RunAsync(RunSettings settings, string virtualHost)
    {
        var factory = new ConnectionFactory { HostName = TestBroker.Host, Port = TestBroker.Port, VirtualHost = virtualHost };
        await using var publisherConnection = await factory.CreateConnectionAsync("bench-raw-publisher");
        await using var consumerConnection = await factory.CreateConnectionAsync("bench-raw-consumer");
        await using var publisher = await publisherConnection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true,
            outstandingPublisherConfirmationsRateLimiter: new ThrottlingRateLimiter(1000)));
        await using var consumer = await consumerConnection.CreateChannelAsync();
        const string queue = "bench-raw-quorum";
        await publisher.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" });
        await consumer.BasicQosAsync(0, 1000, false);

        long consumed = 0;
        var receiver = new AsyncEventingBasicConsumer(consumer);
        receiver.ReceivedAsync += async (_, delivery) =>
        {
            await consumer.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            Interlocked.Increment(ref consumed);
        };
        await consumer.BasicConsumeAsync(queue, autoAck: false, receiver);

        var body = new byte[300];
        var properties = new BasicProperties { Persistent = true, ContentType = "application/json" };
        long published = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < settings.AnchorDuration)
        {
            await Task.WhenAll(Enumerable.Range(0, 500).Select(_ =>
                publisher.BasicPublishAsync("", queue, mandatory: false, properties, body).AsTask()));
            published += 500;
        }

        var publishSeconds = clock.Elapsed.TotalSeconds;
        while (Interlocked.Read(ref consumed) < published && clock.Elapsed < settings.AnchorDuration * 4) await Task.Delay(5);
        var drained = clock.Elapsed.TotalSeconds;
        await publisher.QueueDeleteAsync(queue);
        return new Figure(FigureKeys.RawRabbit, "Anchors", "RabbitMQ.Client 7: publish with confirms → consume, quorum queue",
            Math.Round(Interlocked.Read(ref consumed) / drained), "msg/s",
            $"1 publisher (≤1,000 confirms outstanding), 1 consumer (prefetch 1,000), {settings.Seconds(settings.AnchorDuration)}",
            new Dictionary<string, double>
            {
                ["published"] = published, ["consumed"] = Interlocked.Read(ref consumed),
                ["publish msg/s"] = Math.Round(published / publishSeconds),
            });
    }
}
