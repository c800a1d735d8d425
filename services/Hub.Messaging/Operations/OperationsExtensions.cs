using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.Messaging.Operations;

public static class OperationsExtensions
{
    /// <summary>
    /// What a host with a bus tells ops: <c>GET /ops/status</c> (its queues, error queues and outbox backlog)
    /// and the polled gauges of those, sampled every <c>Operations:SampleInterval</c>.
    /// </summary>
    public static IHostApplicationBuilder AddOpsStatus(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OperationsOptions>()
            .BindConfiguration(OperationsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<ReceiveQueues>();
        builder.Services.AddReceiveEndpointObserver(sp => sp.GetRequiredService<ReceiveQueues>());
        builder.Services.AddSingleton<InstanceConsumption>();
        builder.Services.AddConsumeObserver(sp => sp.GetRequiredService<InstanceConsumption>());
        builder.Services.AddSingleton<OpsStatusReader>();
        builder.Services.AddHostedService<OpsSampler>();
        return builder;
    }
}
