using System.Reflection;
using Hub.Contracts;
using Hub.Coordination.Access;
using Hub.Coordination.Citizens;
using Hub.Coordination.Consent;
using Hub.Coordination.Deadlines;
using Hub.Coordination.Leads;
using Hub.Coordination.Lifecycle;
using Hub.Coordination.Plans;
using Hub.Coordination.Registry;
using Hub.Coordination.Stats;
using Hub.Persistence;
using Hub.ServiceDefaults.Telemetry;
using Hub.Messaging;
using Hub.ServiceDefaults.Privacy;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Hub.Messaging.Operations;

namespace Hub.Coordination;

public static class CoordinationModule
{
    /// <summary>The hub's own database: <c>Databases:coordination</c>.</summary>
    public const string DatabaseName = "coordination";

    /// <summary>The hub's queue for every centre event (and, on RabbitMQ, its <c>_error</c> queue beside it).</summary>
    public const string CentreEventsQueue = "hub-centre-events";

    /// <summary>Every event a centre reports; each reaches <see cref="CentreEventPipeline"/>.</summary>
    public static readonly IReadOnlyList<Type> CentreEvents = typeof(ICitizenEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICitizenEvent).IsAssignableFrom(t))
        .OrderBy(t => t.FullName)
        .ToList();

    public static IHostApplicationBuilder AddCoordination(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHubMetrics();
        builder.AddModuleDatabase(DatabaseName, typeof(CoordinationModule).Assembly);
        builder.AddCitizenIdentity();
        builder.Services.AddOptions<LeadOptions>().BindConfiguration(LeadOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<PurposeOptions>().BindConfiguration(PurposeOptions.Section).ValidateOnStart();
        builder.Services.AddOptions<DeadlineOptions>().BindConfiguration(DeadlineOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<PlanService>();
        builder.Services.AddSingleton<CoordinationLifecycle>();
        builder.Services.AddSingleton<LifecycleProjection>();
        builder.Services.AddSingleton<PlanProjection>();
        builder.Services.AddSingleton<DeadlineProjection>();
        builder.Services.AddSingleton(sp => new CentreEventPipeline(
            sp.GetRequiredKeyedService<ModuleDatabase>(DatabaseName),
            // The order each event takes: the facts first, then the lifecycle that decides lead and plan from them.
            [sp.GetRequiredService<PlanProjection>(), sp.GetRequiredService<DeadlineProjection>(), sp.GetRequiredService<LifecycleProjection>()],
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<HubMetrics>()));

        builder.Services.AddSingleton<DeadlineMonitor>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DeadlineMonitor>());

        builder.Services.AddBusConsumers(bus =>
        {
            // One queue for every centre event: per-case order mostly survives, and SQLite has one writer anyway.
            var addOne = typeof(CoordinationModule).GetMethod(nameof(AddCentreEventConsumer), BindingFlags.NonPublic | BindingFlags.Static)!;
            foreach (var contract in CentreEvents)
            {
                addOne.MakeGenericMethod(contract).Invoke(null, [bus]);
            }
        });
        return builder;
    }

    private static void AddCentreEventConsumer<T>(IBusRegistrationConfigurator bus) where T : class, ICitizenEvent =>
        bus.AddConsumer<CentreEventConsumer<T>, CentreEventConsumerDefinition<T>>();

    public static IEndpointRouteBuilder MapCoordination(this IEndpointRouteBuilder app)
    {
        var citizens = app.MapCitizenEndpoints();
        citizens.MapConsentEndpoints();
        citizens.MapLeadEndpoints();
        citizens.MapPlanEndpoints();
        citizens.MapAccessLogEndpoints();
        app.MapAlertEndpoints();
        app.MapCaseloadEndpoints();
        app.MapStatsEndpoints();
        return app;
    }
}
