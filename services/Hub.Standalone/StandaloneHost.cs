using Hub.Gateway;
using Microsoft.Extensions.Configuration.Memory;

namespace Hub.Standalone;

/// <summary>
/// Composes the standalone mode: one services app (every module on one in-memory bus, reached only
/// through the gateway) and the gateway app in front, in one process.
/// </summary>
public static class StandaloneHost
{
    public const string EnvironmentName = "Standalone";

    public static WebApplicationBuilder CreateServicesBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, EnvironmentName = EnvironmentName });
        builder.Configuration.AddDataSwitch(args);
        var data = StandaloneData.Directory(builder.Configuration);
        // Lowest precedence: configuration or environment that names real keys wins over the generated ones.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = StandaloneSecrets.LoadOrCreate(data) });
        builder.Configuration.Sources.Insert(0, StandaloneData.DatabaseDefaults(data));
        StandaloneBinding.Ensure(builder.Configuration, ServicesUrl(builder.Configuration), builder.Configuration["urls"]);
        builder.WebHost.UseUrls(ServicesUrl(builder.Configuration));
        return builder;
    }

    /// <summary>Starts the gateway beside the services app and runs both until the process is stopped.</summary>
    public static async Task RunWithGatewayAsync(this WebApplication services, string[] args)
    {
        // Test hosts (WebApplicationFactory) serve the modules only: no gateway on a real port.
        if (!services.Configuration.GetValue("Standalone:Gateway", defaultValue: true))
        {
            await services.RunAsync();
            return;
        }

        var gateway = BuildGateway(args, services.Environment.ContentRootPath, services.Configuration);
        var desk = StandaloneDesk.Build(args, services.Environment.ContentRootPath, services.Configuration, GatewayAddress(gateway));
        await services.StartAsync();
        await desk.StartAsync();
        await gateway.StartAsync();
        PrintWhereEverythingIs(services, gateway);
        await Task.WhenAny(services.WaitForShutdownAsync(), desk.WaitForShutdownAsync(), gateway.WaitForShutdownAsync());
        await gateway.StopAsync();
        await desk.StopAsync();
        await services.StopAsync();
    }

    private static WebApplication BuildGateway(string[] args, string contentRoot, IConfiguration servicesConfiguration)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            EnvironmentName = EnvironmentName,
            ContentRootPath = contentRoot,
        });
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
        {
            FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(AppContext.BaseDirectory),
            Path = "gateway.appsettings.json",
            Optional = false,
        });
        var servicesUrl = ServicesUrl(servicesConfiguration);
        // The gateway validates tokens with exactly the key the services use.
        var overrides = new Dictionary<string, string?> { ["Auth:SigningKey"] = servicesConfiguration["Auth:SigningKey"] };
        foreach (var cluster in builder.Configuration.GetSection("ReverseProxy:Clusters").GetChildren())
        {
            var address = cluster.Key == StandaloneDesk.ClusterName ? StandaloneDesk.Url(servicesConfiguration) : servicesUrl;
            overrides[$"ReverseProxy:Clusters:{cluster.Key}:Destinations:d1:Address"] = address;
        }

        overrides["Auth:DevTokens"] = "true";
        builder.Configuration.AddInMemoryCollection(overrides);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls("http://localhost:5000");
        }

        StandaloneBinding.Ensure(builder.Configuration, builder.Configuration["urls"]);

        builder.AddGateway();
        var gateway = builder.Build();
        gateway.MapGateway();
        return gateway;
    }

    private static string ServicesUrl(IConfiguration configuration) =>
        configuration["Standalone:ServicesUrl"] ?? "http://127.0.0.1:5100";

    /// <summary>Where the desk reaches the gateway: its first address, with a wildcard host made loopback.</summary>
    private static string GatewayAddress(WebApplication gateway)
    {
        var first = (gateway.Configuration["urls"] ?? "http://localhost:5000").Split(';', StringSplitOptions.RemoveEmptyEntries)[0];
        var uri = new UriBuilder(first.Replace("://+", "://localhost").Replace("://*", "://localhost"));
        if (uri.Host is "0.0.0.0" or "[::]") uri.Host = "127.0.0.1";
        return uri.Uri.ToString().TrimEnd('/');
    }

    private static void PrintWhereEverythingIs(WebApplication services, WebApplication gateway)
    {
        var gatewayUrl = gateway.Urls.FirstOrDefault() ?? "http://localhost:5000";
        var data = StandaloneData.Directory(services.Configuration);
        Console.WriteLine($"""

            Coordination Hub, standalone (in-memory bus, SQLite)
              Desk           {gatewayUrl}/   (the caseworkers' web app: sign in as a persona)
              Gateway        {gatewayUrl}   (every call goes here)
              Health         {gatewayUrl}/health/ready
              Dev tokens     POST {gatewayUrl}/dev/token  {"{"}"sub":"cw-17","department":"social","roles":["caseworker"]{"}"}
              OpenAPI        {services.Urls.FirstOrDefault()}/openapi/v1.json
              Services       {services.Urls.FirstOrDefault()}   (internal; social, employment, aftercare, coordination)
              Data           {data}   (--data DIR; back up while running: backup --to DIR)
            Stop with Ctrl+C.

            """);
    }
}
