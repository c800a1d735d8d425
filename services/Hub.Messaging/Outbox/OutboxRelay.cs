using System.Diagnostics;
using System.Text.Json;
using Hub.Persistence;
using Hub.Persistence.Outbox;
using Hub.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Messaging.Outbox;

/// <summary>
/// Publishes one module's outbox rows in order, waiting for the broker's confirm before marking each
/// sent. A crash between publish and mark means the row goes again after its lease runs out; consumers' inboxes
/// absorb that.
/// </summary>
public sealed class OutboxRelay(
    ModuleDatabase database,
    IBus bus,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxRelay> logger) : BackgroundService
{
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

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
        OutboxDrain.OnceAsync(database, _owner, settings, time, PublishAsync, logger, cancellationToken);

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
            await bus.Publish(message, type, context => context.MessageId = row.MessageId, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"No confirm from the broker within {options.Value.PublishTimeout.TotalSeconds:0} s.");
        }
    }
}
