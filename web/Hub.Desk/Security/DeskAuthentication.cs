using Hub.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.Desk.Security;

/// <summary>
/// Backend-for-frontend sign-in: the browser holds one HttpOnly, SameSite=Strict session cookie that names a
/// server-side session (<see cref="SessionTicketStore"/>); the hub access token stays on the server.
/// Production signs in with the municipality's OpenID Connect provider; the development environments may
/// sign in as a persona instead (<c>/log-ind</c>).
/// </summary>
public static class DeskAuthentication
{
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string OidcScheme = OpenIdConnectDefaults.AuthenticationScheme;
    public const string SignInPath = "/log-ind";
    public const string SignOutPath = "/log-ud";
    public const string AccessDeniedPath = "/ingen-adgang";
    /// <summary>Where the identity provider's callback lands before the desk, so the Strict cookie is sent (see below).</summary>
    public const string ContinuePath = "/log-ind/fortsaet";

    public static WebApplicationBuilder AddDeskAuthentication(this WebApplicationBuilder builder, DeskOptions options)
    {
        builder.Services.AddDistributedMemoryCache();
        builder.Services.AddSingleton<ITicketStore, SessionTicketStore>();
        var secureCookies = !builder.Environment.AllowsPersonas();

        var authentication = builder.Services.AddAuthentication(auth =>
        {
            auth.DefaultScheme = CookieScheme;
            auth.DefaultChallengeScheme = options.UsesPersonaSignIn ? CookieScheme : OidcScheme;
        });
        authentication.AddCookie(CookieScheme, cookie =>
        {
            cookie.Cookie.Name = "hub-desk";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            // Secure everywhere but the developer's own machine (plain http on localhost).
            cookie.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = SignInPath;
            cookie.AccessDeniedPath = AccessDeniedPath;
            cookie.ExpireTimeSpan = options.SessionLifetime;
            cookie.SlidingExpiration = false;
            cookie.Events.OnValidatePrincipal = async context =>
            {
                // The hub would refuse an expired token; end the session instead and sign in again.
                if (HubToken.HasExpired(context.Properties, DateTimeOffset.UtcNow))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(CookieScheme);
                }
            };
        });
        builder.Services.AddOptions<CookieAuthenticationOptions>(CookieScheme)
            .Configure<ITicketStore>((cookie, store) => cookie.SessionStore = store);

        if (!options.UsesPersonaSignIn)
        {
            authentication.AddOpenIdConnect(OidcScheme, oidc => ConfigureOpenIdConnect(oidc, options));
        }

        builder.Services.AddAuthorization(DeskPolicies.Configure);
        return builder;
    }

    private static void ConfigureOpenIdConnect(OpenIdConnectOptions oidc, DeskOptions options)
    {
        oidc.SignInScheme = CookieScheme;
        oidc.Authority = options.Authority;
        oidc.ClientId = options.ClientId;
        oidc.ClientSecret = options.ClientSecret;
        oidc.ResponseType = "code";
        oidc.UsePkce = true;
        // Into the server-side session, never to the browser; with expires_at, which HubToken checks.
        oidc.SaveTokens = true;
        oidc.MapInboundClaims = false;
        oidc.GetClaimsFromUserInfoEndpoint = true;
        oidc.Scope.Clear();
        foreach (var scope in new[] { "openid", "profile" }.Concat(options.Scopes)) oidc.Scope.Add(scope);
        oidc.TokenValidationParameters.NameClaimType = HubClaims.Name;
        oidc.TokenValidationParameters.RoleClaimType = HubClaims.Roles;
        oidc.Events.OnTokenValidated = context =>
        {
            // The centre and roles the hub acts on are the access token's; show and authorise by those.
            if (context.TokenEndpointResponse?.AccessToken is { } accessToken && context.Principal?.Identity is System.Security.Claims.ClaimsIdentity identity)
            {
                HubToken.AddMissingClaims(identity, accessToken);
            }

            return Task.CompletedTask;
        };
        oidc.Events.OnTicketReceived = context =>
        {
            // The callback is a cross-site navigation, on which browsers withhold SameSite=Strict cookies:
            // land on a same-site page that moves on, so the first desk page already sees the session.
            context.ReturnUri = $"{ContinuePath}?ReturnUrl={Uri.EscapeDataString(context.ReturnUri ?? "/")}";
            return Task.CompletedTask;
        };
    }
}
