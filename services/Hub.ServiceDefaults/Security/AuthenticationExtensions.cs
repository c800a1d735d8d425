using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
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
        var options = builder.Configuration.GetSection(HubAuthOptions.Section).Get<HubAuthOptions>() ?? new HubAuthOptions();
        EnsureSafeForEnvironment(options, builder.Environment.EnvironmentName);

        builder.Services.Configure<HubAuthOptions>(builder.Configuration.GetSection(HubAuthOptions.Section));
        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
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
        builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
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

    /// <summary>Refuses to start a production host that would issue its own tokens.</summary>
    public static void EnsureSafeForEnvironment(HubAuthOptions options, string environmentName)
    {
        if (options.DevTokens && !DevelopmentEnvironments.Contains(environmentName, StringComparer.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"Auth:DevTokens is on in the '{environmentName}' environment. Development tokens exist only in " +
                $"{string.Join(", ", DevelopmentEnvironments)}; use the municipality's identity provider instead.");
        }
    }
}
