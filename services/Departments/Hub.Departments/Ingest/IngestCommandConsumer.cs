using MassTransit;

namespace Hub.Departments.Ingest;

/// <summary>Consumes a centre's raw JSON commands from its ingest queue.</summary>
public sealed class IngestCommandConsumer(string department, IngestDispatcher dispatcher) : IConsumer<RawIngestMessage>
{
    public Task Consume(ConsumeContext<RawIngestMessage> context)
    {
        // The AMQP message_id property, as the foreign publisher set it (any string, not only a Guid).
        var amqpMessageId = context.ReceiveContext.TryGetPayload<RabbitMqBasicConsumeContext>(out var rabbit) ? rabbit.Properties.MessageId : null;
        return dispatcher.DispatchAsync(department, context.ReceiveContext.Body.GetBytes(), amqpMessageId, context.CancellationToken);
    }
}
