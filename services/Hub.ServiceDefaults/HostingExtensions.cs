using Hub.ServiceDefaults.Errors;
using Hub.ServiceDefaults.Health;
using Hub.ServiceDefaults.Messaging.ErrorQueues;
using Hub.ServiceDefaults.Security;
using Hub.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.ServiceDefaults;

/// <summary>What every service and the gateway share: telemetry, health, errors, authentication.</summary>
public static class HostingExtensions
{
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        // Case data never leaves the municipality: MassTransit's usage telemetry stays off.
        Environment.SetEnvironmentVariable("MASSTRANSIT_USAGE_TELEMETRY", "false");
        builder.AddHubTelemetry();
        builder.AddHubHealthChecks();
        builder.AddHubProblemDetails();
        builder.AddHubAuthentication();
        builder.Services.AddOpenApi();
        return builder;
    }

    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseHubProblemDetails();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHubHealthChecks();
        // Anonymous callers get health only: the API description needs a token like the API.
        app.MapOpenApi("/openapi/{documentName}.json");
        if (app.Services.GetService<Messaging.BusRegistrations>() is not null)
        {
            // Only hosts with a bus have error queues; ops reach these on the service, not through the gateway.
            app.MapErrorQueueOps();
        }

        return app;
    }
}
