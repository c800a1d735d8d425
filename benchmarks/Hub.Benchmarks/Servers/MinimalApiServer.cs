using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Http;

namespace Hub.Benchmarks.Servers;

/// <summary>The HTTP anchor's backend: ASP.NET Core with one endpoint and nothing else.</summary>
public static class MinimalApiServer
{
    public static Task RunAsync(string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders(); // YARP logs every forwarded request at Information otherwise
        var app = builder.Build();
        app.MapGet("/hello", () => Results.Text("""{"hello":"world"}""", "application/json"));
        return app.RunAsync();
    }
}
