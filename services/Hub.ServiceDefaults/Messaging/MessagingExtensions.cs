using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.ServiceDefaults.Messaging;

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

    /// <summary>Configures MassTransit once for the host, on the transport the configuration names.</summary>
    public static IHostApplicationBuilder AddHubBus(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions();
        var registrations = builder.Services.BusRegistrations();
        builder.Services.Configure<MessagingOptions>(builder.Configuration.GetSection(MessagingOptions.Section));

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(options.EndpointPrefix, false));
            registrations.Consumers.ForEach(register => register(bus));
            bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
            {
                endpoint.UseHubRetry(options);
                // Set per receive endpoint: on the bus factory it does not reach the endpoints ConfigureEndpoints makes.
                if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbitEndpoint && options.RabbitMq.QuorumQueues)
                {
                    rabbitEndpoint.SetQuorumQueue();
                }
            });

            if (options.Transport == MessagingTransport.RabbitMq)
            {
                bus.UsingRabbitMq((context, rabbit) =>
                {
                    rabbit.ConfigureHubRabbitMq(options);
                    registrations.RabbitMqEndpoints.ForEach(add => add(context, rabbit));
                    rabbit.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, memory) =>
                {
                    memory.ConcurrentMessageLimit = options.ConcurrentMessageLimit;
                    memory.ConfigureEndpoints(context);
                });
            }
        });

        // Without this the first messages can be published before the queue bindings exist, and are lost.
        builder.Services.Configure<MassTransitHostOptions>(host =>
        {
            host.WaitUntilStarted = true;
            host.StartTimeout = TimeSpan.FromSeconds(60);
            host.StopTimeout = TimeSpan.FromSeconds(30);
        });
        return builder;
    }

    /// <summary>Bounded, backed-off retries for transient faults; an invalid message is not retried.</summary>
    public static void UseHubRetry(this IReceiveEndpointConfigurator endpoint, MessagingOptions options)
    {
        endpoint.UseMessageRetry(retry =>
        {
            retry.Exponential(options.RetryLimit, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200));
            retry.Ignore<PermanentMessageException>();
        });
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
