using System.Threading.RateLimiting;
using Hub.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Yarp.ReverseProxy.Model;
using Microsoft.Extensions.Options;

namespace Hub.Gateway;

/// <summary>Request size limits, per-client rate limiting (429 with Retry-After) and security headers.</summary>
public static class GatewayHardening
{
    public const string ContentSecurityPolicyKey = "ContentSecurityPolicy";
    private const string StrictContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

    public static IHostApplicationBuilder AddGatewayHardening(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<GatewayOptions>()
            .BindConfiguration(GatewayOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // Read from the validated options when the server and the limiter need them, never at registration.
        builder.Services.AddOptions<KestrelServerOptions>()
            .Configure<IOptions<GatewayOptions>>((kestrel, options) => kestrel.Limits.MaxRequestBodySize = options.Value.MaxRequestBodyBytes);
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var options = Settings(context);
                return RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.User.IsInRole(HubRoles.DepartmentSystem) ? options.SystemPermitsPerWindow : options.PermitsPerWindow,
                    Window = options.Window,
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = async (rejected, ct) =>
            {
                var window = Settings(rejected.HttpContext).Window;
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
                rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
                await rejected.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = rejected.HttpContext,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests.",
                        Detail = $"This client sent more requests than it may per {window.TotalSeconds:0} s. Retry later.",
                    },
                });
            };
        });
        return builder;
    }

    public static WebApplication UseGatewayHardening(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var limit = Settings(context).MaxRequestBodyBytes;
            // Refuse a declared oversized body at once, with a clear answer; Kestrel's own limit catches chunked ones.
            if (context.Request.ContentLength > limit)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status413PayloadTooLarge,
                        Title = "The request body is too large.",
                        Detail = $"Bodies may be at most {limit} bytes.",
                    },
                });
                return;
            }

            await next(context);
        });
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = ContentSecurityPolicyOf(context);
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            // Nothing is cached unless the answer says how (the desk's fingerprinted scripts and styles do).
            context.Response.OnStarting(() =>
            {
                if (!headers.ContainsKey("Cache-Control")) headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
            await next(context);
        });
        return app;
    }

    /// <summary>
    /// The API's answers load nothing; a route may allow more in its <c>Metadata:ContentSecurityPolicy</c> (the desk:
    /// its own scripts, styles and forms, still no inline script).
    /// </summary>
    private static string ContentSecurityPolicyOf(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<RouteModel>()?.Config.Metadata?.GetValueOrDefault(ContentSecurityPolicyKey)
        ?? StrictContentSecurityPolicy;
    private static GatewayOptions Settings(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<GatewayOptions>>().Value;

    // The token's subject when authenticated (the limiter runs after authentication); else the remote address.
    private static string ClientKey(HttpContext context)
    {
        var subject = context.User.SubjectId();
        return subject ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }
}
