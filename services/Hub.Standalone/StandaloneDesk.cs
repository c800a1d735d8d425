using Hub.Desk;

namespace Hub.Standalone;

/// <summary>
/// The desk in the standalone process: its own small app (cookies, antiforgery, pages) beside the services app,
/// on an internal address the gateway routes <c>/</c> to. It calls the hub API through the gateway, as in production.
/// </summary>
internal static class StandaloneDesk
{
    /// <summary>The gateway's cluster for the desk (gateway.appsettings.json).</summary>
    public const string ClusterName = "desk";

    public static string Url(IConfiguration configuration) => configuration["Standalone:DeskUrl"] ?? "http://127.0.0.1:5105";

    public static WebApplication Build(string[] args, string contentRoot, IConfiguration servicesConfiguration, string gatewayAddress)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            EnvironmentName = StandaloneHost.EnvironmentName,
            ContentRootPath = contentRoot,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Desk:HubApiUrl"] = gatewayAddress });
        builder.WebHost.UseUrls(Url(servicesConfiguration));
        builder.AddDesk();
        var desk = builder.Build();
        desk.MapDesk();
        return desk;
    }
}
