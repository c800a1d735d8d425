using System.Net;
using Hub.Testing;

namespace Hub.BrowserTests;

/// <summary>The desk's own host in Production: OpenID Connect only, no persona sign-in.</summary>
public sealed class ProductionDeskTests
{
    private static readonly string DeskHost = HubTopology.BuiltAssembly("web/Hub.Desk.Host", "Hub.Desk.Host.dll");

    [Fact]
    public async Task The_persona_sign_in_page_does_not_exist_in_Production()
    {
        await using var host = new ServiceProcess("desk", DeskHost, ServiceProcess.FreePort(), new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Desk__Authority"] = "https://login.municipality.invalid",
            ["Desk__ClientId"] = "desk",
            ["Desk__ClientSecret"] = "not-used-by-this-test",
            ["Desk__HubApiUrl"] = "http://127.0.0.1:9",
        });
        await host.StartAsync();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };

        using var page = await client.GetAsync("/log-ind");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        var body = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain("data-persona", body);
        Assert.Contains("Siden findes ikke", body);
        using var post = await client.PostAsync("/log-ind", new FormUrlEncodedContent(new Dictionary<string, string> { ["PersonaKey"] = "social-team-leader" }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.DoesNotContain(post.Headers, header => header.Key == "Set-Cookie" && header.Value.Any(v => v.StartsWith("hub-desk=")));
    }

    [Fact]
    public async Task The_desk_refuses_to_start_in_Production_without_an_identity_provider()
    {
        await using var host = new ServiceProcess("desk", DeskHost, ServiceProcess.FreePort(), new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Desk__HubApiUrl"] = "http://127.0.0.1:9",
        });
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync(readyWithin: TimeSpan.FromSeconds(30)));
        Assert.Contains("Desk:Authority is not set", refused.Message);
    }
}
