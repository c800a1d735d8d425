using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Hub.Contracts.Cases;
using Hub.Messaging;
using Hub.Messaging.Outbox;
using Hub.Persistence.Outbox;
using Hub.ServiceDefaults.Telemetry;
using Hub.Testing;
using MassTransit;

namespace Hub.IntegrationTests.Messaging;

/// <summary>
/// The outbox's RabbitMQ publisher builds MassTransit's envelope and picks the exchange itself. Here MassTransit's
/// own consumer, on a real MassTransit bus over the real broker, reads a window the publisher sent: the message,
/// its id, its (absent) correlation id, its headers and its trace context arrive intact, and the exchange is the
/// one MassTransit's topology names. A MassTransit upgrade that changes any of it fails this test.
/// </summary>
public sealed class WindowPublisherWireTests : IAsyncLifetime
{
    private const string Module = "social";
    private readonly ConcurrentDictionary<Guid, Received> _received = new();
    private readonly ConcurrentBag<Activity> _spans = [];
    private ActivityListener? _listener;
    private string _virtualHost = "";
    private IBusControl? _bus;

    public async Task InitializeAsync()
    {
        _listener = new ActivityListener
        {
            // By name: a source is offered to listeners while it is constructed, before HubActivity.Source is assigned.
            ShouldListenTo = source => source.Name is "MassTransit" or TelemetryExtensions.HubSourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Add,
        };
        ActivitySource.AddActivityListener(_listener);

        _virtualHost = await TestBroker.CreateVirtualHostAsync("wire");
        _bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(TestBroker.Host, TestBroker.Port, _virtualHost, host =>
            {
                host.Username("guest");
                host.Password("guest");
            });
            rabbit.ReceiveEndpoint("wire-probe", endpoint => endpoint.Consumer(() => new ProbeConsumer(_received)));
        });
        await _bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
    }

    public async Task DisposeAsync()
    {
        if (_bus is not null) await _bus.StopAsync();
        _listener?.Dispose();
        await TestBroker.DeleteVirtualHostAsync(_virtualHost);
    }

    [Fact]
    public async Task MassTransits_own_consumer_reads_what_the_window_publisher_sent()
    {
        var broker = new RabbitMqOptions { Host = TestBroker.Host, Port = TestBroker.Port, VirtualHost = _virtualHost };
        await using var publisher = new RabbitMqWindowPublisher(broker, Module, TimeSpan.FromSeconds(15));

        // The rows as a request writes them: under the request's span, whose traceparent the row keeps.
        using var request = new Activity("POST /api/social/cases").SetIdFormat(ActivityIdFormat.W3C).Start();
        var opened = Enumerable.Range(0, 3).Select(i => new CaseOpened(
            Guid.NewGuid(), "social", Guid.NewGuid(), $"citizen-{i}", 1, DateTimeOffset.UtcNow, "child-welfare", "cw-1", "Ane Holm",
            DateTimeOffset.UtcNow, $"ext-{i}")).ToList();
        var rows = opened.Select((e, i) => new OutboxMessage(
            i + 1, Guid.NewGuid(), typeof(CaseOpened).FullName!, JsonSerializer.Serialize(e, JsonSerializerOptions.Web), request.Id)).ToList();
        request.Stop();

        var result = await publisher.PublishAsync(rows, CancellationToken.None);
        Assert.Null(result.Failure);
        Assert.Equal(rows.Count, result.Confirmed);

        await Eventually.ReturnsAsync(() => Task.FromResult(_received.Count), n => n == rows.Count, TimeSpan.FromSeconds(20), "MassTransit's consumer to read the window");
        Assert.True(_bus!.Topology.TryGetPublishAddress(typeof(CaseOpened), out var publishAddress));
        foreach (var (row, sent) in rows.Zip(opened))
        {
            var received = _received[row.MessageId];
            Assert.Equal(sent, received.Message); // the stored body, every field
            Assert.Null(received.CorrelationId); // no correlation id: as MassTransit's own publish of this contract
            Assert.Equal(["urn:message:Hub.Contracts.Cases:CaseOpened"], received.MessageTypes);
            Assert.Equal(publishAddress!.AbsolutePath.Trim('/').Split('/')[^1], received.DestinationAddress!.AbsolutePath.Trim('/').Split('/')[^1]);
            Assert.Equal(RabbitMqWindowPublisher.ContentType, received.ContentType);
            Assert.NotNull(received.SentTime);
            Assert.Empty(received.Headers); // the envelope carries no headers of ours; the trace goes as a transport header

            // One trace: the request, the relay's publish span (its child), and MassTransit's consume under that span.
            var publishes = _spans.Where(s => s.OperationName == OutboxPublishTelemetry.SpanName
                && (string?)s.GetTagItem("messaging.message.id") == row.MessageId.ToString()).ToList();
            Assert.True(publishes.Count == 1, $"one publish span for {row.MessageId}; spans: {string.Join(", ", _spans.Select(s => $"{s.Source.Name}/{s.OperationName}/{s.GetTagItem("messaging.message.id")}"))}");
            var publish = publishes[0];
            Assert.Equal(ActivityKind.Producer, publish.Kind);
            Assert.Equal(request.TraceId, publish.TraceId);
            Assert.Equal(request.SpanId, publish.ParentSpanId);
            Assert.Equal(publish.Id, received.ActivityIdHeader);
            Assert.Equal(publish.TraceId, received.ConsumerTraceId);
            Assert.Contains(_spans, s => s.Source.Name == "MassTransit" && s.TraceId == publish.TraceId && s.ParentSpanId == publish.SpanId);
        }
    }

    private sealed record Received(
        CaseOpened Message, Guid? CorrelationId, IReadOnlyList<string> MessageTypes, Uri? DestinationAddress, string? ContentType,
        DateTime? SentTime, IReadOnlyList<string> Headers, string? ActivityIdHeader, ActivityTraceId? ConsumerTraceId);

    private sealed class ProbeConsumer(ConcurrentDictionary<Guid, Received> received) : IConsumer<CaseOpened>
    {
        public Task Consume(ConsumeContext<CaseOpened> context)
        {
            received[context.MessageId!.Value] = new Received(
                context.Message,
                context.CorrelationId,
                context.SupportedMessageTypes.ToList(),
                context.DestinationAddress,
                context.ReceiveContext.ContentType?.MediaType,
                context.SentTime,
                context.Headers.GetAll().Select(h => h.Key).Where(k => !k.StartsWith("MT-", StringComparison.Ordinal)).ToList(),
                context.ReceiveContext.TransportHeaders.Get<string>(RabbitMqWindowPublisher.ActivityIdHeader),
                Activity.Current?.TraceId);
            return Task.CompletedTask;
        }
    }
}
