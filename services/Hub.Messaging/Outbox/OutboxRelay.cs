using System.Diagnostics;
using System.Text.Json;
using Hub.Persistence;
using Hub.Persistence.Outbox;
using Hub.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace Hub.Messaging.Outbox;

/// <summary>
/// Publishes one module's outbox rows in order and marks them sent once the broker confirmed them. Over
/// RabbitMQ a whole window goes out on one channel with its confirms outstanding together and is marked in
/// one statement (<see cref="RabbitMqWindowPublisher"/>); on the in-memory bus each row is published through
/// MassTransit in turn. A crash between publish and mark means the rows go again after their lease runs
/// out; consumers' inboxes absorb that.
/// </summary>
public sealed class OutboxRelay(
    ModuleDatabase database,
    IBus bus,
    IOptions<OutboxOptions> options,
    IOptions<MessagingOptions> messaging,
    TimeProvider time,
    HubMetrics metrics,
    ILogger<OutboxRelay> logger) : BackgroundService
{
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private readonly RabbitMqWindowPublisher? _rabbit = messaging.Value.Transport == MessagingTransport.RabbitMq
        ? new RabbitMqWindowPublisher(ConnectionFactoryFor(messaging.Value.RabbitMq), database.Module)
        : null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var published = await PublishPendingAsync(settings, stoppingToken);
                failures = 0;
                if (published < settings.BatchSize)
                {
                    await database.OutboxSignal.WaitAsync(settings.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                failures++;
                var delay = TimeSpan.FromMilliseconds(Math.Min(10_000, 200 * Math.Pow(2, Math.Min(failures, 6))));
                logger.LogWarning(exception, "Outbox relay for {Module} failed; retrying in {Delay}", database.Module, delay);
                await Task.Delay(delay, time, stoppingToken);
            }
        }
    }

    public Task<int> PublishPendingAsync(OutboxOptions settings, CancellationToken cancellationToken) => _rabbit is null
        ? OutboxDrain.OnceAsync(database, _owner, settings, time, PublishAsync, logger, cancellationToken)
        : OutboxDrain.OnceAsync(database, _owner, settings, time, (rows, ct) => PublishWindowAsync(_rabbit, rows, settings, ct), logger, cancellationToken);

    /// <summary>A window in order with confirms outstanding; each row's confirm latency is the window's.</summary>
    private async Task<OutboxWindowResult> PublishWindowAsync(RabbitMqWindowPublisher rabbit, IReadOnlyList<OutboxMessage> rows, OutboxOptions settings, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await rabbit.PublishAsync(rows, settings.PublishTimeout, ct);
        var confirmedAfter = Stopwatch.GetElapsedTime(started);
        for (var i = 0; i < result.Confirmed; i++) metrics.Published(database.Module, confirmedAfter);
        return result;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_rabbit is not null) await _rabbit.DisposeAsync();
    }

    private static ConnectionFactory ConnectionFactoryFor(RabbitMqOptions rabbit) => new()
    {
        HostName = rabbit.Host, Port = rabbit.Port, VirtualHost = rabbit.VirtualHost, UserName = rabbit.Username, Password = rabbit.Password,
    };

    private async Task PublishAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        ActivityContext.TryParse(row.TraceParent, null, out var parent);
        using var activity = HubActivity.Source.StartActivity("outbox publish", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.type", row.MessageType);
        activity?.SetTag("hub.module", database.Module);

        var type = ContractTypes.Resolve(row.MessageType);
        var message = JsonSerializer.Deserialize(row.Body, type, JsonSerializerOptions.Web)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.PublishTimeout);
        try
        {
            var started = Stopwatch.GetTimestamp();
            await bus.Publish(message, type, context => context.MessageId = row.MessageId, timeout.Token);
            metrics.Published(database.Module, Stopwatch.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"No confirm from the broker within {options.Value.PublishTimeout.TotalSeconds:0} s.");
        }
    }
}
