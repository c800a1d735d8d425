using Hub.ServiceDefaults.Security;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hub.Desk;

internal static class DeskEnvironment
{
    /// <summary>Development, Standalone and Testing: where the persona sign-in may exist.</summary>
    public static bool AllowsPersonas(this IHostEnvironment environment) =>
        AuthenticationExtensions.DevelopmentEnvironments.Contains(environment.EnvironmentName, StringComparer.OrdinalIgnoreCase);

    /// <summary>What the desk's options must be in this environment, checked when the host starts.</summary>
    public static OptionsBuilder<DeskOptions> ValidateDeskEnvironment(this OptionsBuilder<DeskOptions> options, IHostEnvironment environment) => options
        .Validate(o => Uri.TryCreate(o.HubApiUrl, UriKind.Absolute, out _), "Desk:HubApiUrl must be the absolute address of the hub's gateway.")
        .Validate(o => !o.UsesPersonaSignIn || environment.AllowsPersonas(),
            $"Desk:Authority is not set in the '{environment.EnvironmentName}' environment. The persona sign-in exists only in " +
            $"{string.Join(", ", AuthenticationExtensions.DevelopmentEnvironments)}; set Desk:Authority, Desk:ClientId and Desk:ClientSecret.")
        .Validate(o => o.UsesPersonaSignIn || !string.IsNullOrWhiteSpace(o.ClientId), "Desk:ClientId must be set with Desk:Authority.");
}
