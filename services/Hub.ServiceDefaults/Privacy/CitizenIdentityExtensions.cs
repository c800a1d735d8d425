using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.ServiceDefaults.Privacy;

public static class CitizenIdentityExtensions
{
    public static IHostApplicationBuilder AddCitizenIdentity(this IHostApplicationBuilder builder)
    {
        // Every module of a host asks for it; bind and validate once.
        if (builder.Services.Any(d => d.ServiceType == typeof(CitizenIdentity)))
        {
            return builder;
        }

        builder.Services.AddOptions<CitizenIdentityOptions>()
            .BindConfiguration(CitizenIdentityOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<CitizenIdentity>();
        return builder;
    }
}
