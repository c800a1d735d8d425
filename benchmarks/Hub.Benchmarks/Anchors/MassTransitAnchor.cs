using System.Diagnostics;
using Hub.Benchmarks.Reporting;
using Hub.Testing;
using MassTransit;

namespace Hub.Benchmarks.Anchors;

/// <summary>
/// Bare MassTransit 8.5 over RabbitMQ: publish (confirms, persistent, quorum queue like the hub's) → consume,
/// publishing with Task.WhenAll in chunks of 500, prefetch 500, concurrency 32. Rate = consumed ÷ time until drained.
/// </summary>
public static class MassTransitAnchor
{
    public static async Task<Figure> RunAsync(RunSettings settings, string virtualHost)
    {
        BenchPingCounter.Reset();
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(TestBroker.Host, TestBroker.Port, virtualHost, host =>
            {
                host.Username("guest");
                host.Password("guest");
                host.PublisherConfirmation = true;
            });
            rabbit.ReceiveEndpoint("bench-masstransit", endpoint =>
            {
                endpoint.SetQuorumQueue();
                endpoint.PrefetchCount = 500;
                endpoint.ConcurrentMessageLimit = 32;
                endpoint.Consumer<BenchPingCounter>();
            });
        });
        await bus.StartAsync();
        try
        {
            long published = 0;
            var padding = new string('x', 150);
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < settings.AnchorDuration)
            {
                await Task.WhenAll(Enumerable.Range(0, 500).Select(i =>
                    bus.Publish(new BenchPing(Guid.NewGuid(), $"c-{i:x32}", "social", "family-support", DateTimeOffset.UtcNow, padding))));
                published += 500;
            }

            var publishSeconds = clock.Elapsed.TotalSeconds;
            while (BenchPingCounter.Consumed < published && clock.Elapsed < settings.AnchorDuration * 4) await Task.Delay(5);
            var drained = clock.Elapsed.TotalSeconds;
            return new Figure(FigureKeys.MassTransit, "Anchors", "Bare MassTransit 8.5: publish → consume over RabbitMQ, quorum queue",
                Math.Round(BenchPingCounter.Consumed / drained), "msg/s",
                $"chunks of 500 publishes, prefetch 500, concurrency 32, {settings.Seconds(settings.AnchorDuration)}",
                new Dictionary<string, double>
                {
                    ["published"] = published, ["consumed"] = BenchPingCounter.Consumed,
                    ["publish msg/s"] = Math.Round(published / publishSeconds),
                });
        }
        finally
        {
            await bus.StopAsync();
        }
    }
}
