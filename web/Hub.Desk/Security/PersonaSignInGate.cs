using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Desk.Security;

/// <summary>Marks a page that exists only where the persona sign-in is allowed.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PersonaSignInOnlyAttribute : Attribute;

public static class PersonaSignInGate
{
    /// <summary>With an identity provider configured (always in Production) those pages answer 404, as if they did not exist.</summary>
    public static WebApplication UsePersonaSignInOnlyWhereAllowed(this WebApplication app)
    {
        var personasAllowed = app.Services.GetRequiredService<DeskOptions>().UsesPersonaSignIn;
        app.Use((context, next) =>
        {
            if (!personasAllowed && context.GetEndpoint()?.Metadata.GetMetadata<PersonaSignInOnlyAttribute>() is not null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                // The not-found page is re-executed with the request's method; a post would only meet the antiforgery check.
                if (!HttpMethods.IsGet(context.Request.Method) && context.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
                return Task.CompletedTask;
            }

            return next(context);
        });
        return app;
    }
}
