using System.Net;
using Hub.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Gateway;

/// <summary>
/// <c>POST /dev/token</c>, for the standalone mode only, and only to callers on loopback. <see cref="AuthenticationExtensions.EnsureSafeForEnvironment"/>
/// refuses to start a host outside the development environments with <c>Auth:DevTokens</c> on.
/// </summary>
public static class DevTokenEndpoints
{
    public static WebApplication MapDevTokens(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<HubAuthOptions>>().Value.DevTokens)
        {
            return app;
        }

        app.MapPost("/dev/token", (HttpContext http, DevTokenRequest? request, DevTokenIssuer issuer) =>
        {
            if (!FromLoopback(http.Connection))
            {
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.",
                    detail: "Development tokens are served only to callers on this machine (loopback).");
            }

            var errors = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(request?.Sub)) errors["sub"] = ["'sub' is required."];
            var unknown = request?.Roles?.Where(role => !HubRoles.All.Contains(role)).ToArray() ?? [];
            if (unknown.Length > 0) errors["roles"] = [$"Unknown roles; accepted: {string.Join(", ", HubRoles.All)}."];
            if (request?.Department is { } department && !Hub.Contracts.Departments.IsKnown(department))
                errors["department"] = [$"Unknown centre; accepted: {string.Join(", ", Hub.Contracts.Departments.All)}."];
            if (errors.Count > 0) return Results.ValidationProblem(errors, title: "The token request is not valid.");
            return Results.Ok(new { accessToken = issuer.Issue(request!) });
        }).AllowAnonymous().WithTags("Development");
        return app;
    }

    // An in-process test server has no remote address; anything that came over a network socket must be loopback.
    private static bool FromLoopback(ConnectionInfo connection) =>
        connection.RemoteIpAddress is not { } remote || IPAddress.IsLoopback(remote);
}
