using Hub.Persistence;
using Hub.Persistence.Outbox;
using Hub.ServiceDefaults.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RabbitMQ.Client.Exceptions;

namespace Hub.Messaging.Operations;

/// <summary>
/// Reads this service's operational state now: every module's outbox backlog, and, over RabbitMQ, the depth
/// of each queue it consumes and of its error queue. Each read also updates the gauges of <see cref="HubMetrics"/>.
/// </summary>
public sealed class OpsStatusReader(
    IServiceProvider services, ReceiveQueues queues, InstanceConsumption consumption, IOptions<MessagingOptions> messaging, IHostEnvironment host, HubMetrics metrics, TimeProvider time)
{
    private OpsInstance ThisInstance => new(consumption.Instance, consumption.StartedAt, consumption.Consumed);

    public async Task<OpsStatus> ReadAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var outbox = new List<OutboxBacklog>();
        foreach (var module in services.GetServices<ModuleDatabaseRegistration>().Select(r => r.Module).Distinct())
        {
            var backlog = await OutboxBacklog.ReadAsync(services.Database(module), now, ct);
            metrics.ReportBacklog(module, backlog.Pending, TimeSpan.FromSeconds(backlog.OldestAgeSeconds));
            outbox.Add(backlog);
        }

        var settings = messaging.Value;
        if (settings.Transport != MessagingTransport.RabbitMq)
        {
            return new OpsStatus(host.ApplicationName, settings.Transport.ToString(), now, [], outbox, null, ThisInstance);
        }

        try
        {
            var depths = await new BrokerQueueProbe(settings.RabbitMq).ReadAsync(queues.Names, ct);
            foreach (var depth in depths) metrics.ReportErrorQueueDepth(depth.ErrorQueue, depth.ErrorMessages);
            return new OpsStatus(host.ApplicationName, settings.Transport.ToString(), now, depths, outbox, null, ThisInstance);
        }
        catch (Exception e) when (e is BrokerUnreachableException or OperationInterruptedException or IOException or TimeoutException)
        {
            return new OpsStatus(host.ApplicationName, settings.Transport.ToString(), now, [], outbox, $"The broker did not answer: {e.GetType().Name}.");
        }
    }
}
