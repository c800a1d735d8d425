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
using Microsoft.Extensions.Options;

namespace Hub.Desk;

/// <summary>The desk module: <c>AddDesk()</c> and <c>MapDesk()</c>, composed by Hub.Desk.Host and Hub.Standalone.</summary>
public static class DeskExtensions
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static WebApplicationBuilder AddDesk(this WebApplicationBuilder builder)
    {
        // Checked when the host starts (ValidateOnStart); the wiring below reads the same section to pick the sign-in.
        var section = builder.Configuration.GetSection(DeskOptions.Section);
        builder.Services.AddOptions<DeskOptions>().Bind(section).ValidateDataAnnotations().ValidateDeskEnvironment(builder.Environment).ValidateOnStart();
        builder.Services.AddSingleton(services => services.GetRequiredService<IOptions<DeskOptions>>().Value);
        var options = section.Get<DeskOptions>() ?? new DeskOptions();
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
        // The person's hub token, once per request, for every hub call the request makes.
        UserToken.UseUserToken(app);
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapHubHealthChecks();
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>();
        app.MapSignOut();
        return app;
    }
}
