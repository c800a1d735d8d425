using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Hub.ServiceDefaults.Security;

public static class AuthenticationExtensions
{
    /// <summary>Environments in which the local signing key and <c>POST /dev/token</c> may be used.</summary>
    public static readonly IReadOnlyList<string> DevelopmentEnvironments = ["Development", "Standalone", "Testing"];

    /// <summary>
    /// JWT bearer validation from the <c>Auth</c> section. Every service validates tokens itself:
    /// a call is never trusted because it came through the gateway.
    /// </summary>
    public static IHostApplicationBuilder AddHubAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HubAuthOptions>()
            .BindConfiguration(HubAuthOptions.Section)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<HubAuthOptions>>(sp =>
            new HubAuthOptionsValidator(sp.GetRequiredService<IHostEnvironment>().EnvironmentName));

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.TryAddSingleton(_ => new ValidatedTokenCache(TimeProvider.System) { MapInboundClaims = false });
        // Configured lazily from the bound options, so test hosts and late configuration sources apply.
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<HubAuthOptions>, ValidatedTokenCache>((jwt, hubOptions, tokens) =>
            {
                var options = hubOptions.Value;
                jwt.MapInboundClaims = false;
                jwt.TokenHandlers.Clear();
                jwt.TokenHandlers.Add(tokens);
                jwt.Authority = options.Authority;
                jwt.RequireHttpsMetadata = options.Authority?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ?? true;
                if (options.MetadataAddress is not null)
                {
                    jwt.MetadataAddress = options.MetadataAddress;
                }

                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = options.Issuer,
                    ValidAudience = options.Audience,
                    ValidateIssuer = true,
                    ValidateAudience = true,
                    ValidateLifetime = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = HubClaims.Subject,
                    RoleClaimType = HubClaims.Roles,
                    IssuerSigningKey = options.Authority is null ? SigningKeyOf(options) : null,
                };
            });

        builder.Services.AddAuthorization(HubPolicies.Configure);
        // The requirements are their own handlers (ASP.NET Core's pass-through handler runs them).
        builder.Services.TryAddSingleton<DevTokenIssuer>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        return builder;
    }

    public static SymmetricSecurityKey SigningKeyOf(HubAuthOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.SigningKey) || options.SigningKey.Length < 32)
        {
            throw new InvalidOperationException(
                "Auth:SigningKey must be set to at least 32 characters, or Auth:Authority to the identity provider.");
        }

        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.SigningKey));
    }

    /// <summary>Null when the options are safe in this environment, else why not.</summary>
    public static string? Problem(HubAuthOptions options, string environmentName)
    {
        if (options.DevTokens && !DevelopmentEnvironments.Contains(environmentName, StringComparer.OrdinalIgnoreCase))
        {
            return $"Auth:DevTokens is on in the '{environmentName}' environment. Development tokens exist only in " +
                   $"{string.Join(", ", DevelopmentEnvironments)}; use the municipality's identity provider instead.";
        }

        // Tokens validated against keys fetched over plain HTTP can be forged by anyone on the path.
        if (options.Authority is { } authority && !authority.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(environmentName, "Development", StringComparison.OrdinalIgnoreCase))
        {
            return $"Auth:Authority must be an https:// address outside the Development environment (it is '{authority}' in '{environmentName}'): " +
                   "the identity provider's signing keys (JWKS) must not travel over plain HTTP.";
        }

        if (options.Authority is null && (string.IsNullOrWhiteSpace(options.SigningKey) || options.SigningKey.Length < 32))
        {
            return "Auth:Authority (the identity provider) or Auth:SigningKey (at least 32 characters) must be set.";
        }

        return null;
    }

    private sealed class HubAuthOptionsValidator(string environmentName) : IValidateOptions<HubAuthOptions>
    {
        public ValidateOptionsResult Validate(string? name, HubAuthOptions options) =>
            Problem(options, environmentName) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
