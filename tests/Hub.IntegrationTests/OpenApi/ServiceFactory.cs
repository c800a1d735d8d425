using Hub.Testing;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace Hub.IntegrationTests.OpenApi;

/// <summary>
/// One service host (a department's service or the hub's) in a test server, on the in-memory test harness and a
/// SQLite file in a temp folder: enough to serve its API description.
/// </summary>
public sealed class ServiceFactory<TEntryPoint>(string module) : WebApplicationFactory<TEntryPoint> where TEntryPoint : class
{
    private readonly string _data = Directory.CreateTempSubdirectory("hub-openapi-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Auth:SigningKey", TestSecrets.SigningKey);
        builder.UseSetting("CitizenIdentity:Key", TestSecrets.CitizenIdKey);
        builder.UseSetting("Messaging:Transport", "InMemory");
        builder.UseSetting($"Databases:{module}:ConnectionString", $"Data Source={Path.Combine(_data, module + ".db")}");
        builder.ConfigureTestServices(services => services.AddMassTransitTestHarness());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
