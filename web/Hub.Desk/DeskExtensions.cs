using System.Globalization;
using Hub.Desk.Components;
using Hub.Desk.HubApi;
using Hub.Desk.Security;
using Hub.ServiceDefaults.Health;
using Hub.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Desk;

/// <summary>The desk module: <c>AddDesk()</c> and <c>MapDesk()</c>, composed by Hub.Desk.Host and Hub.Standalone.</summary>
public static class DeskExtensions
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static WebApplicationBuilder AddDesk(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DeskOptions.Section).Get<DeskOptions>() ?? new DeskOptions();
        if (DeskEnvironment.Problem(options, builder.Environment) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        builder.Services.AddSingleton(options);
        builder.AddHubTelemetry();
        builder.AddHubHealthChecks();
        // The Razor class library's files (css) when the host runs from its build output in any environment.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents();
        // The gateway sends X-Frame-Options and the other security headers; no second, conflicting copy.
        builder.Services.AddAntiforgery(antiforgery => antiforgery.SuppressXFrameOptionsHeader = true);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddHttpContextAccessor();
        builder.AddDeskAuthentication(options);
        builder.Services.AddHubApiClient(options);
        if (options.UsesPersonaSignIn)
        {
            builder.Services.AddHttpClient<DevTokenClient>(http => http.BaseAddress = new Uri(options.HubApiUrl!));
        }

        return builder;
    }

    public static WebApplication MapDesk(this WebApplication app)
    {
        // Never a stack trace: a readable page with the trace id.
        app.UseExceptionHandler(DeskPaths.Error, createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute(DeskPaths.NotFound);
        app.UsePersonaSignInOnlyWhereAllowed();
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Danish),
            SupportedCultures = [Danish],
            SupportedUICultures = [Danish],
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapHubHealthChecks();
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>();
        app.MapSignOut();
        return app;
    }
}
