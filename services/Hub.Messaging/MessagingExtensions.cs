using Hub.Messaging.ErrorQueues;
using Hub.Messaging.Operations;
using Hub.Messaging.Outbox;
using Hub.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hub.Messaging;

public static class MessagingExtensions
{
    /// <summary>The registrations modules add to; one shared instance per container.</summary>
    public static BusRegistrations BusRegistrations(this IServiceCollection services)
    {
        var existing = services.FirstOrDefault(d => d.ServiceType == typeof(BusRegistrations))?.ImplementationInstance;
        if (existing is BusRegistrations registrations)
        {
            return registrations;
        }

        registrations = new BusRegistrations();
        services.AddSingleton(registrations);
        return registrations;
    }

    public static IServiceCollection AddBusConsumers(this IServiceCollection services, Action<IBusRegistrationConfigurator> register)
    {
        services.BusRegistrations().Consumers.Add(register);
        return services;
    }

    /// <summary>
    /// Configures MassTransit once for the host, on the transport the configuration names, and an outbox
    /// relay for every module database registered before it. Every setting is read from the validated
    /// <see cref="MessagingOptions"/> when the bus is built, so a wrong one stops the host at start.
    /// </summary>
    public static IHostApplicationBuilder AddHubBus(this IHostApplicationBuilder builder)
    {
        // Case data never leaves the municipality: MassTransit's usage telemetry stays off.
        Environment.SetEnvironmentVariable("MASSTRANSIT_USAGE_TELEMETRY", "false");
        builder.Services.AddHubMetrics();
        builder.Services.AddOptions<MessagingOptions>()
            .BindConfiguration(MessagingOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var registrations = builder.Services.BusRegistrations();

        // Registered before AddMassTransit, which only adds its default formatter when none is there.
        builder.Services.AddSingleton<IEndpointNameFormatter>(sp => new KebabCaseEndpointNameFormatter(Settings(sp).EndpointPrefix, false));
        builder.Services.AddMassTransit(bus =>
        {
            registrations.Consumers.ForEach(register => register(bus));
            bus.AddConfigureEndpointsCallback((context, _, endpoint) => endpoint.ConfigureHubEndpoint(Settings(context)));
            bus.SetBusFactory(new ConfiguredTransportBusFactory(
                (context, rabbit) =>
                {
                    rabbit.ConfigureHubRabbitMq(Settings(context));
                    registrations.RabbitMqEndpoints.ForEach(add => add(context, rabbit));
                    rabbit.ConfigureEndpoints(context);
                },
                (context, memory) =>
                {
                    memory.ConcurrentMessageLimit = Settings(context).ConcurrentMessageLimit;
                    memory.ConfigureEndpoints(context);
                }));
        });

        // Without this the first messages can be published before the queue bindings exist, and are lost.
        builder.Services.Configure<MassTransitHostOptions>(host =>
        {
            host.WaitUntilStarted = true;
            host.StartTimeout = TimeSpan.FromSeconds(60);
            host.StopTimeout = TimeSpan.FromSeconds(30);
        });

        builder.AddOpsStatus();
        foreach (var module in builder.Services.ModuleDatabaseNames())
        {
            builder.Services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<OutboxRelay>(sp, sp.Database(module)));
        }

        return builder;
    }

    /// <summary>The ops routes of a host with a bus: its error queues and its status (the gateway forwards /ops/{service}/* here).</summary>
    public static IEndpointRouteBuilder MapMessagingOps(this IEndpointRouteBuilder app) => app.MapErrorQueueOps().MapOpsStatus();

    /// <summary>Bounded, backed-off retries for transient faults; an invalid message is not retried.</summary>
    public static void UseHubRetry(this IReceiveEndpointConfigurator endpoint, MessagingOptions options)
    {
        endpoint.UseMessageRetry(retry =>
        {
            retry.Exponential(options.RetryLimit, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200));
            retry.Ignore<PermanentMessageException>();
        });
    }

    private static MessagingOptions Settings(IServiceProvider services) => services.GetRequiredService<IOptions<MessagingOptions>>().Value;

    private static void ConfigureHubEndpoint(this IReceiveEndpointConfigurator endpoint, MessagingOptions options)
    {
        endpoint.UseHubRetry(options);
        // Set per receive endpoint: on the bus factory it does not reach the endpoints ConfigureEndpoints makes.
        if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbitEndpoint && options.RabbitMq.QuorumQueues)
        {
            rabbitEndpoint.SetQuorumQueue();
        }
    }

    private static void ConfigureHubRabbitMq(this IRabbitMqBusFactoryConfigurator rabbit, MessagingOptions options)
    {
        var settings = options.RabbitMq;
        rabbit.Host(settings.Host, settings.Port, settings.VirtualHost, host =>
        {
            host.Username(settings.Username);
            host.Password(settings.Password);
            host.PublisherConfirmation = true;
        });
        rabbit.PrefetchCount = options.PrefetchCount;
        rabbit.ConcurrentMessageLimit = options.ConcurrentMessageLimit;
        rabbit.Durable = true;
        // No consumer reads the contracts' shared interfaces, and binding to their exchanges would need broker
        // rights no service should have (docs/wire-format.md, "Broker accounts"): publish the concrete types only.
        rabbit.Publish<Hub.Contracts.ICitizenEvent>(publish => publish.Exclude = true);
        rabbit.Publish<Hub.Contracts.IDepartmentEvent>(publish => publish.Exclude = true);
        if (settings.QuorumQueues)
        {
            rabbit.SetQuorumQueue();
        }
    }
}
