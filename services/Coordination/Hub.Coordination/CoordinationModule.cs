using Hub.Coordination.Citizens;
using Hub.Coordination.Registry;
using Hub.Persistence;
using Hub.ServiceDefaults.Messaging;
using Hub.ServiceDefaults.Privacy;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.Coordination;

public static class CoordinationModule
{
    /// <summary>The hub's own database: <c>Databases:coordination</c>.</summary>
    public const string DatabaseName = "coordination";

    public static IHostApplicationBuilder AddCoordination(this IHostApplicationBuilder builder)
    {
        builder.AddModuleDatabase(DatabaseName, typeof(CoordinationModule).Assembly);
        builder.AddCitizenIdentity();
        builder.Services.AddSingleton<RegistryService>();
        builder.Services.AddBusConsumers(bus =>
        {
            bus.AddConsumer<CaseOpenedConsumer>();
            bus.AddConsumer<CaseClosedConsumer>();
            bus.AddConsumer<CaseworkerChangedConsumer>();
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapCoordination(this IEndpointRouteBuilder app)
    {
        app.MapCitizenEndpoints();
        return app;
    }
}
