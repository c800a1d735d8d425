using Hub.Contracts;
using MassTransit;

namespace Hub.Coordination.Registry;

/// <summary>Hands any centre event to the registry; one consumer type per contract, all on one queue.</summary>
public sealed class CentreEventConsumer<T>(RegistryService registry) : IConsumer<T> where T : class, ICitizenEvent
{
    public Task Consume(ConsumeContext<T> context) => registry.ApplyAsync(context.Message, context.CancellationToken);
}

/// <summary>Puts every centre event consumer on the hub's one queue, <see cref="CoordinationModule.CentreEventsQueue"/>.</summary>
public sealed class CentreEventConsumerDefinition<T> : ConsumerDefinition<CentreEventConsumer<T>> where T : class, ICitizenEvent
{
    public CentreEventConsumerDefinition() => EndpointName = CoordinationModule.CentreEventsQueue;
}
