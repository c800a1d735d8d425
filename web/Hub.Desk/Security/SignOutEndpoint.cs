using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Desk.Security;

public static class SignOutEndpoint
{
    /// <summary><c>POST /log-ud</c> (antiforgery checked, so another site cannot sign the person out): ends the server-side session, and the provider's too.</summary>
    public static IEndpointRouteBuilder MapSignOut(this IEndpointRouteBuilder app)
    {
        app.MapPost(DeskAuthentication.SignOutPath, async (HttpContext context, DeskOptions options, IAntiforgery antiforgery) =>
        {
            // The antiforgery middleware only marks the request; an endpoint without form binding must refuse itself.
            if (!await antiforgery.IsRequestValidAsync(context)) return Results.BadRequest();
            await context.SignOutAsync(DeskAuthentication.CookieScheme);
            if (!options.UsesPersonaSignIn)
            {
                // Redirects to the provider's end-session endpoint and back to the desk.
                await context.SignOutAsync(DeskAuthentication.OidcScheme, new AuthenticationProperties { RedirectUri = "/" });
                return Results.Empty;
            }

            return Results.Redirect(DeskAuthentication.SignInPath);
        }).AllowAnonymous();
        return app;
    }
}
