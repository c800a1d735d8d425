using System.Diagnostics;
using Hub.Persistence;
using Hub.Persistence.Outbox;
using Hub.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Hub.Messaging.Operations;

namespace Hub.Messaging.Outbox;

/// <summary>
/// Publishes one module's outbox rows in order and marks them sent once the transport confirmed them: a window
/// of rows at a time through this transport's <see cref="IOutboxPublisher"/> (over RabbitMQ one channel with
/// the confirms outstanding together, <see cref="RabbitMqWindowPublisher"/>; on the in-memory bus one row after
/// another, <see cref="InMemoryBusPublisher"/>), marked in one statement (<see cref="OutboxDrain"/>). A crash
/// between publish and mark means the rows go again after their lease runs out; consumers' inboxes absorb that.
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
    private readonly IOutboxPublisher _publisher = messaging.Value.Transport == MessagingTransport.RabbitMq
        ? new RabbitMqWindowPublisher(messaging.Value.RabbitMq, database.Module, options.Value.PublishTimeout)
        : new InMemoryBusPublisher(bus, database.Module, options.Value.PublishTimeout);

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

    public Task<int> PublishPendingAsync(OutboxOptions settings, CancellationToken cancellationToken) =>
        OutboxDrain.OnceAsync(database, _owner, settings, time, PublishWindowAsync, logger, cancellationToken);

    /// <summary>
    /// The same figures for every transport: each confirmed row counts once, with the time from the window's
    /// start to its confirm (over RabbitMQ the confirms of a window arrive together, so that is the window's).
    /// </summary>
    private async Task<OutboxWindowResult> PublishWindowAsync(IReadOnlyList<OutboxMessage> rows, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await _publisher.PublishAsync(rows, ct);
        var confirmedAfter = Stopwatch.GetElapsedTime(started);
        for (var i = 0; i < result.Confirmed; i++) metrics.Published(database.Module, confirmedAfter);
        return result;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await _publisher.DisposeAsync();
    }
}
