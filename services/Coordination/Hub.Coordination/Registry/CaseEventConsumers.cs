using Hub.Contracts.Cases;
using MassTransit;

namespace Hub.Coordination.Registry;

public sealed class CaseOpenedConsumer(RegistryService registry) : IConsumer<CaseOpened>
{
    public Task Consume(ConsumeContext<CaseOpened> context) => registry.ApplyAsync(context.Message, context.CancellationToken);
}

public sealed class CaseClosedConsumer(RegistryService registry) : IConsumer<CaseClosed>
{
    public Task Consume(ConsumeContext<CaseClosed> context) => registry.ApplyAsync(context.Message, context.CancellationToken);
}

public sealed class CaseworkerChangedConsumer(RegistryService registry) : IConsumer<CaseworkerChanged>
{
    public Task Consume(ConsumeContext<CaseworkerChanged> context) => registry.ApplyAsync(context.Message, context.CancellationToken);
}
