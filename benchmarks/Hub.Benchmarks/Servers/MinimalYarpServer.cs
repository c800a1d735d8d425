using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using Yarp.ReverseProxy.Configuration;

namespace Hub.Benchmarks.Servers;

/// <summary>The YARP anchor: one catch-all route to one destination, no auth, no rate limiting.</summary>
public static class MinimalYarpServer
{
    public static Task RunAsync(string url, string backend)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders(); // YARP logs every forwarded request at Information otherwise
        builder.Services.AddReverseProxy().LoadFromMemory(
            [new RouteConfig { RouteId = "all", ClusterId = "backend", Match = new RouteMatch { Path = "{**rest}" } }],
            [new ClusterConfig { ClusterId = "backend", Destinations = new Dictionary<string, DestinationConfig> { ["d1"] = new() { Address = backend } } }]);
        var app = builder.Build();
        app.MapReverseProxy();
        return app.RunAsync();
    }
}
