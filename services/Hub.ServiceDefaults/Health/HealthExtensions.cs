using System.Text.Json;
using Hub.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Hub.ServiceDefaults.Health;

public static class HealthExtensions
{
    /// <summary>Checks with this tag gate <c>/health/ready</c>: databases, the broker, downstream services.</summary>
    public const string ReadyTag = "ready";

    public static IHostApplicationBuilder AddHubHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks();
        return builder;
    }

    public static WebApplication MapHubHealthChecks(this WebApplication app)
    {
        // Live: the process answers. Ready: everything it depends on answers too.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteJson })
            .AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = WriteJson,
        }).AllowAnonymous();
        return app;
    }

    /// <summary>
    /// Anyone may ask whether the process is ready; only ops learns why not. A check's description can name internal
    /// addresses (a downstream service, the broker), so it is left out for every other caller.
    /// </summary>
    private static Task WriteJson(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var detailed = context.User.IsInRole(HubRoles.Ops);
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new
            {
                name = e.Key,
                status = e.Value.Status.ToString(),
                description = detailed ? e.Value.Description : null,
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
