using System.Net.Http.Headers;
using System.Net.Http.Json;
using Hub.Testing;
using Microsoft.Playwright;

namespace Hub.BrowserTests;

/// <summary>
/// The standalone host (every module, the desk and the gateway) as a real process from its build output, with its
/// own databases, and one headless Chromium for the tests of the collection.
/// </summary>
public sealed class StandaloneDeskFixture : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("hub-desk-").FullName;
    private IPlaywright? _playwright;

    public ServiceProcess Host { get; private set; } = default!;
    public IBrowser Browser { get; private set; } = default!;
    public Uri BaseAddress => Host.BaseAddress;

    public async Task InitializeAsync()
    {
        var environment = new Dictionary<string, string>
        {
            ["Standalone__ServicesUrl"] = $"http://127.0.0.1:{ServiceProcess.FreePort()}",
            ["Standalone__DeskUrl"] = $"http://127.0.0.1:{ServiceProcess.FreePort()}",
            // One person's page loads and API calls within one minute exceed the gateway's per-person limit when the
            // load-time test renders the unified view 100 times; the limit itself is tested with the gateway.
            ["Gateway__PermitsPerWindow"] = "100000",
            // Alerts within a second of the events that raise them, not the default five minutes.
            ["Coordination__Deadlines__EvaluationInterval"] = "00:00:01",
        };
        foreach (var module in new[] { "social", "employment", "aftercare", "coordination" })
        {
            environment[$"Databases__{module}__ConnectionString"] = $"Data Source={Path.Combine(_data, module + ".db")}";
        }

        Host = new ServiceProcess("standalone", HubTopology.BuiltAssembly("services/Hub.Standalone", "Hub.Standalone.dll"), ServiceProcess.FreePort(), environment);
        await Host.StartAsync(readyWithin: TimeSpan.FromSeconds(60));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath(),
            Headless = true,
            Args = ["--no-sandbox"],
        });
    }

    /// <summary>A centre's system or a person calling the public API directly, as the centres' systems do.</summary>
    public async Task<HttpClient> ApiClientAsync(object tokenRequest)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        using var response = await client.PostAsJsonAsync("/dev/token", tokenRequest);
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenAnswer>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public Task<DeskSession> OpenSessionAsync() => DeskSession.OpenAsync(Browser, BaseAddress);

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
            // For the reader of a failed run: what the host printed (CPR-redacted by the host itself).
            Directory.CreateDirectory(DeskSession.ScreenshotFolder);
            await File.WriteAllLinesAsync(Path.Combine(DeskSession.ScreenshotFolder, "standalone.log"), Host.Output);
        }

        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }

    private sealed record TokenAnswer(string AccessToken);
}

[CollectionDefinition(Name)]
public sealed class StandaloneDeskCollection : ICollectionFixture<StandaloneDeskFixture>
{
    public const string Name = "standalone desk";
}
