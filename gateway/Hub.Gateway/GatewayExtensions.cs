using Hub.ServiceDefaults;
using Hub.ServiceDefaults.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Gateway;

public static class GatewayExtensions
{
    /// <summary>The proxy from the <c>ReverseProxy</c> section, plus the gateway's own hardening.</summary>
    public static IHostApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        builder.AddServiceDefaults();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        // YARP logs every forwarded request at Information; that is where the gateway's CPU would go.
        builder.Logging.AddFilter("Yarp", LogLevel.Warning);
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            // Kestrel reads request headers as UTF-8; forward them so, or a Danish X-Purpose ("netværksmøde") is a 502.
            .ConfigureHttpClient((_, handler) => handler.RequestHeaderEncodingSelector = (_, _) => System.Text.Encoding.UTF8);
        builder.Services.AddHttpClient(DownstreamHealthCheck.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(5));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHttpClient(OpsOverview.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            "downstream-services", sp => ActivatorUtilities.CreateInstance<DownstreamHealthCheck>(sp), HealthStatus.Unhealthy, [HealthExtensions.ReadyTag]));
        builder.AddGatewayHardening();
        return builder;
    }

    public static WebApplication MapGateway(this WebApplication app)
    {
        app.UseGatewayHardening();
        // The limiter runs after authentication (it keys on the token's subject) and before authorisation, so 401s and
        // 403s count against the caller like any other answer: refusals are not free to repeat.
        app.UseServiceDefaults(beforeAuthorization: gateway => gateway.UseRateLimiter());
        app.MapDefaultEndpoints();
        app.MapDevTokens();
        app.MapOpsOverview();
        // The desk's route catches every other path; an unknown /api/ path stays the API's own 404.
        app.Map("/api/{**rest}", () => Results.Problem(statusCode: StatusCodes.Status404NotFound,
            title: "No such API path.", detail: "See API.md for the hub's public paths.")).AllowAnonymous();
        app.MapReverseProxy();
        return app;
    }
}
