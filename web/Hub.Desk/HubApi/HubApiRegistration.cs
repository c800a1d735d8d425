using System.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Desk.HubApi;

public static class HubApiRegistration
{
    /// <summary>The typed client of the hub's public API, at <c>Desk:HubApiUrl</c>, with the person's own token (<see cref="UserToken"/>).</summary>
    public static IServiceCollection AddHubApiClient(this IServiceCollection services, DeskOptions options)
    {
        services.AddScoped<UserToken>();
        services.AddSingleton<PurposeMemory>();
        services.AddHttpClient<HubApiClient>(http =>
            {
                http.BaseAddress = new Uri(options.HubApiUrl!);
                http.Timeout = TimeSpan.FromSeconds(30);
            })
            // A purpose's free text is Danish: send header values as UTF-8 rather than refuse æ, ø and å.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8 });
        return services;
    }
}
