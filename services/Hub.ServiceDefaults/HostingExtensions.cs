using Hub.ServiceDefaults.Errors;
using Hub.ServiceDefaults.Health;
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
        return app;
    }
}
