using System.Diagnostics;
using System.Net.Http.Json;
using Hub.Api.Citizens;
using Hub.Api.Consents;
using Hub.Testing;

namespace Hub.BrowserTests;

/// <summary>
/// Server render time of the unified view through the gateway (page plus its hub calls: view, plan, timeline),
/// 100 loads by a signed-in caseworker; p50/p95 go to TestResults/desk/page-load.txt for the README.
/// </summary>
[Collection(StandaloneDeskCollection.Name)]
public sealed class UnifiedViewLoadTimeTests(StandaloneDeskFixture desk)
{
    [Fact]
    public async Task The_unified_view_renders_within_a_second_at_the_95th_percentile_over_100_loads()
    {
        const string cpr = "020310-4321";
        await new CentreSystems(desk).ReportSeventeenYearOldAsync(cpr);
        using var api = await desk.ApiClientAsync(new { sub = "cw-17", department = "social", roles = new[] { "caseworker" } });
        api.DefaultRequestHeaders.Add("X-Purpose", "case-work: load measurement");
        var lookup = await Eventually.ReturnsAsync(() => api.PostAsJsonAsync("/api/citizens/lookup", new LookupRequest(cpr)),
            r => r.IsSuccessStatusCode, TimeSpan.FromSeconds(15), "the hub to know the citizen");
        var citizenId = (await lookup.Content.ReadFromJsonAsync<LookupResponse>())!.CitizenId;
        await Eventually.ReturnsAsync(() => api.PostAsJsonAsync($"/api/citizens/{citizenId}/consents",
                new GiveConsentRequest(["social", "employment"], "Koordineret indsats", null, new ConsentEvidence("citizen", "signed-form", "J-2026-0417"))),
            r => r.IsSuccessStatusCode, TimeSpan.FromSeconds(15), "consent to be recorded");

        await using var session = await desk.OpenSessionAsync();
        await session.SignInAsync("social-caseworker");
        var cookies = string.Join("; ", (await session.Context.CookiesAsync()).Select(c => $"{c.Name}={c.Value}"));
        using var browserless = new HttpClient { BaseAddress = desk.BaseAddress };
        browserless.DefaultRequestHeaders.Add("Cookie", cookies);

        for (var warmUp = 0; warmUp < 5; warmUp++) await LoadAsync(browserless, citizenId);
        var timings = new List<double>();
        for (var load = 0; load < 100; load++) timings.Add(await LoadAsync(browserless, citizenId));

        timings.Sort();
        var (p50, p95) = (timings[49], timings[94]);
        Directory.CreateDirectory(DeskSession.ScreenshotFolder);
        await File.WriteAllTextAsync(Path.Combine(DeskSession.ScreenshotFolder, "page-load.txt"),
            $"unified view, server render through the gateway, 100 loads: p50 {p50:0.0} ms, p95 {p95:0.0} ms, max {timings[^1]:0.0} ms\n");
        Assert.True(p95 < 1000, $"p50 {p50:0.0} ms, p95 {p95:0.0} ms");
    }

    private static async Task<double> LoadAsync(HttpClient client, string citizenId)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync($"/borgere/{citizenId}");
        var html = await response.Content.ReadAsStringAsync();
        clock.Stop();
        Assert.True(response.IsSuccessStatusCode && html.Contains("data-testid=\"centres\""), $"{(int)response.StatusCode}: not the unified view");
        return clock.Elapsed.TotalMilliseconds;
    }
}
