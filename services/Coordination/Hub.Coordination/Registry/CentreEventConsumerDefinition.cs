using Hub.Contracts;
using MassTransit;

namespace Hub.Coordination.Registry;

/// <summary>Puts every centre event consumer on the hub's one queue, <see cref="CoordinationModule.CentreEventsQueue"/>.</summary>
public sealed class CentreEventConsumerDefinition<T> : ConsumerDefinition<CentreEventConsumer<T>> where T : class, ICitizenEvent
{
    public CentreEventConsumerDefinition() => EndpointName = CoordinationModule.CentreEventsQueue;
}
