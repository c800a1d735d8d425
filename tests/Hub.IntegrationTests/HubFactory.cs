using System.Net.Http.Headers;
using Hub.Testing;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests;

/// <summary>
/// Every module of the standalone host in one test server, on MassTransit's in-memory test harness
/// and SQLite files in a temp folder that is removed afterwards.
/// </summary>
public class HubFactory : WebApplicationFactory<Program>
{
    private readonly string _data = Directory.CreateTempSubdirectory("hub-it-").FullName;

    public static readonly IReadOnlyList<string> Modules = ["social", "employment", "aftercare", "coordination"];

    /// <summary>Where each module's SQLite file lives, for tests that check state directly.</summary>
    public string DatabasePath(string module) => Path.Combine(_data, module + ".db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Auth:SigningKey", TestSecrets.SigningKey);
        builder.UseSetting("CitizenIdentity:Key", TestSecrets.CitizenIdKey);
        foreach (var module in Modules)
        {
            builder.UseSetting($"Databases:{module}:ConnectionString", $"Data Source={DatabasePath(module)}");
        }

        builder.UseSetting("Standalone:Gateway", "false");
        builder.UseSetting("Outbox:PollInterval", "00:00:00.100");
        builder.ConfigureTestServices(services =>
        {
            services.AddMassTransitTestHarness();
            // One factory serves a whole test class, so the harness must keep recording for all of it.
            services.Configure<TestHarnessOptions>(options => options.TestTimeout = TimeSpan.FromMinutes(10));
        });
    }

    public HttpClient ClientWith(string? token)
    {
        var client = CreateClient();
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
