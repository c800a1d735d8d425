using Hub.ServiceDefaults.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Hub.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>Our own spans and meters: the outbox relay, consumers and domain code.</summary>
    public const string HubSourceName = "Hub";

    public static IHostApplicationBuilder AddHubTelemetry(this IHostApplicationBuilder builder)
    {
        // Every console line passes the CPR redactor; so does every log record and span bound for an exporter.
        builder.Logging.AddConsoleFormatter<RedactingConsoleFormatter, ConsoleFormatterOptions>();
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.FormatterName = RedactingConsoleFormatter.Name);
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            // Scopes are exported as they are (a processor cannot rewrite them), and ASP.NET Core's request scope holds the
            // raw request path: a careless GET /api/citizens/<cpr> would export the CPR. Traces correlate logs without them.
            logging.IncludeScopes = false;
            logging.AddProcessor(new RedactingLogProcessor());
        });

        builder.Services.AddMetrics();
        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit", HubSourceName))
            .WithTracing(tracing => tracing
                .AddProcessor(new RedactingActivityProcessor())
                .AddSource(builder.Environment.ApplicationName, HubSourceName, "MassTransit", "Yarp.ReverseProxy")
                .AddAspNetCoreInstrumentation(options =>
                    options.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        // For local inspection and the privacy tests: spans and metrics printed to the console.
        if (builder.Configuration.GetValue<bool>("Telemetry:ConsoleExporter"))
        {
            builder.Services.AddOpenTelemetry()
                .WithTracing(tracing => tracing.AddConsoleExporter())
                .WithMetrics(metrics => metrics.AddConsoleExporter());
        }

        return builder;
    }
}
