using Hub.Messaging;
using Hub.ServiceDefaults.Telemetry;
using MassTransit;
using Hub.Messaging.Operations;

namespace Hub.Departments.Ingest;

/// <summary>Consumes a centre's raw JSON commands from its ingest queue.</summary>
public sealed class IngestCommandConsumer(string department, IngestDispatcher dispatcher, HubMetrics metrics) : IConsumer<RawIngestMessage>
{
    public async Task Consume(ConsumeContext<RawIngestMessage> context)
    {
        // The AMQP message_id property, as the foreign publisher set it (any string, not only a Guid).
        var amqpMessageId = context.ReceiveContext.TryGetPayload<RabbitMqBasicConsumeContext>(out var rabbit) ? rabbit.Properties.MessageId : null;
        try
        {
            await dispatcher.DispatchAsync(department, context.ReceiveContext.Body.GetBytes(), amqpMessageId, context.CancellationToken);
        }
        catch (PermanentMessageException)
        {
            metrics.RefusedCommand(department);
            throw;
        }
    }
}
