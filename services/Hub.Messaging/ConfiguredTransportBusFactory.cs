using MassTransit;
using MassTransit.Configuration;
using MassTransit.InMemoryTransport.Configuration;
using MassTransit.RabbitMqTransport.Configuration;
using MassTransit.Transports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Messaging;

/// <summary>
/// Picks the transport when the bus is built rather than when it is registered, from the bound and
/// validated <see cref="MessagingOptions"/>: one binding, and test hosts' or late configuration applies.
/// </summary>
internal sealed class ConfiguredTransportBusFactory(
    Action<IBusRegistrationContext, IRabbitMqBusFactoryConfigurator> configureRabbitMq,
    Action<IBusRegistrationContext, IInMemoryBusFactoryConfigurator> configureInMemory) : IRegistrationBusFactory
{
    public IBusInstance CreateBus(IBusRegistrationContext context, IEnumerable<IBusInstanceSpecification> specifications, string busName)
    {
        IRegistrationBusFactory transport = context.GetRequiredService<IOptions<MessagingOptions>>().Value.Transport == MessagingTransport.RabbitMq
            ? new RabbitMqRegistrationBusFactory(configureRabbitMq)
            : new InMemoryRegistrationBusFactory(null, configureInMemory);
        return transport.CreateBus(context, specifications, busName);
    }
}
