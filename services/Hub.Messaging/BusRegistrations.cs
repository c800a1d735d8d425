using MassTransit;

namespace Hub.Messaging;

/// <summary>
/// What each module adds to the one bus of its host. A host calls <c>AddHubBus()</c> once, after its
/// modules, because MassTransit allows one bus configuration per container.
/// </summary>
public sealed class BusRegistrations
{
    public List<Action<IBusRegistrationConfigurator>> Consumers { get; } = [];

    /// <summary>Extra RabbitMQ-only endpoints, e.g. the raw JSON ingest exchanges for foreign systems.</summary>
    public List<Action<IBusRegistrationContext, IRabbitMqBusFactoryConfigurator>> RabbitMqEndpoints { get; } = [];
}
