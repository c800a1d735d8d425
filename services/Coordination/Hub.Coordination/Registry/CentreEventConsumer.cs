using Hub.Contracts;
using MassTransit;

namespace Hub.Coordination.Registry;

/// <summary>Hands any centre event to the registry; one consumer type per contract, all on one queue.</summary>
public sealed class CentreEventConsumer<T>(RegistryService registry) : IConsumer<T> where T : class, ICitizenEvent
{
    public Task Consume(ConsumeContext<T> context) => registry.ApplyAsync(context.Message, context.CancellationToken);
}
