using Hub.ServiceDefaults.Security;
using Microsoft.Extensions.Hosting;

namespace Hub.Desk;

internal static class DeskEnvironment
{
    /// <summary>Development, Standalone and Testing: where the persona sign-in may exist.</summary>
    public static bool AllowsPersonas(this IHostEnvironment environment) =>
        AuthenticationExtensions.DevelopmentEnvironments.Contains(environment.EnvironmentName, StringComparer.OrdinalIgnoreCase);

    /// <summary>Null when the desk's options are safe in this environment, else why not.</summary>
    public static string? Problem(DeskOptions options, IHostEnvironment environment)
    {
        if (string.IsNullOrWhiteSpace(options.HubApiUrl) || !Uri.TryCreate(options.HubApiUrl, UriKind.Absolute, out _))
        {
            return "Desk:HubApiUrl must be the absolute address of the hub's gateway.";
        }

        if (options.UsesPersonaSignIn && !environment.AllowsPersonas())
        {
            return $"Desk:Authority is not set in the '{environment.EnvironmentName}' environment. The persona sign-in exists only in " +
                   $"{string.Join(", ", AuthenticationExtensions.DevelopmentEnvironments)}; set Desk:Authority, Desk:ClientId and Desk:ClientSecret.";
        }

        if (!options.UsesPersonaSignIn && string.IsNullOrWhiteSpace(options.ClientId))
        {
            return "Desk:ClientId must be set with Desk:Authority.";
        }

        return null;
    }
}
