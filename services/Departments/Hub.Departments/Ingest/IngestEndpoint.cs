using Hub.ServiceDefaults.Telemetry;
using System.Net.Mime;
using Hub.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using Hub.Messaging.Operations;

namespace Hub.Departments.Ingest;

/// <summary>
/// The RabbitMQ receive endpoint for a centre's raw JSON commands: its own queue, bound to the centre's
/// fanout exchange, read with MassTransit's raw JSON deserializer (no MassTransit envelope on the wire).
/// </summary>
public static class IngestEndpoint
{
    public static void Configure(IBusRegistrationContext context, IRabbitMqBusFactoryConfigurator rabbit, string department)
    {
        var options = context.GetRequiredService<IOptions<MessagingOptions>>().Value;
        rabbit.ReceiveEndpoint(IngestTopology.QueueName(department), endpoint =>
        {
            endpoint.ConfigureConsumeTopology = false;
            endpoint.PublishFaults = false;
            endpoint.DefaultContentType = new ContentType("application/json");
            endpoint.UseRawJsonDeserializer(RawSerializerOptions.AnyMessageType, isDefault: true);
            endpoint.Bind(IngestTopology.ExchangeName(department), exchange =>
            {
                exchange.ExchangeType = ExchangeType.Fanout;
                exchange.Durable = true;
            });
            // One at a time: a centre's commands apply in the order it published them (open before add).
            endpoint.ConcurrentMessageLimit = 1;
            endpoint.PrefetchCount = 16;
            endpoint.UseHubRetry(options);
            endpoint.Consumer(() => new IngestCommandConsumer(department, context.GetRequiredService<IngestDispatcher>(), context.GetRequiredService<HubMetrics>()));
        });
    }
}
