using Hub.Contracts;
using MassTransit;

namespace Hub.Coordination.Registry;

/// <summary>Hands any centre event to the hub's event pipeline; one consumer type per contract, all on one queue.</summary>
public sealed class CentreEventConsumer<T>(CentreEventPipeline pipeline) : IConsumer<T> where T : class, ICitizenEvent
{
    public Task Consume(ConsumeContext<T> context) => pipeline.ApplyAsync(context.Message, context.CancellationToken);
}
