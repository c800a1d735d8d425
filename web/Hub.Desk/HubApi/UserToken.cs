using Hub.Desk.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Desk.HubApi;

/// <summary>
/// The signed-in person's hub token for this request, read once from their server-side session at the start of the request
/// (<see cref="UseUserToken"/>). Scoped: the request's <see cref="HubApiClient"/> sends it with every call, so a page may
/// run its calls concurrently without touching <see cref="HttpContext"/>, which is not thread-safe.
/// </summary>
public sealed class UserToken
{
    public string? AccessToken { get; private set; }

    /// <summary>Reads the token of the signed-in person (none for an anonymous request) into the request's holder.</summary>
    public static IApplicationBuilder UseUserToken(IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            context.RequestServices.GetRequiredService<UserToken>().AccessToken =
                await context.GetTokenAsync(DeskAuthentication.CookieScheme, HubToken.AccessTokenName);
        }

        await next(context);
    });
}
