using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Testing;

namespace Hub.IntegrationTests.Departments;

/// <summary>A centre's system talking to the hub in a test: opens cases, adds items, reads the hub's timeline.</summary>
public sealed class DepartmentClient(HubFactory factory, string department) : IDisposable
{
    private readonly HttpClient _system = factory.ClientWith(TestSecrets.DepartmentSystem(department));
    private readonly HttpClient _caseworker = factory.ClientWith(TestSecrets.Caseworker("cw-reader", department));

    public HttpClient Http => _system;

    public async Task<Guid> OpenCaseAsync(string cpr, string caseType, string caseworkerId = "cw-1")
    {
        var response = await _system.PostAsJsonAsync($"/api/{department}/cases", new { cpr, caseType, caseworkerId });
        return await IdFromAsync(response, "caseId");
    }

    public async Task<Guid> PostForIdAsync(string path, object body, string idField) =>
        await IdFromAsync(await _system.PostAsJsonAsync($"/api/{department}{path}", body), idField);

    public async Task<JsonElement> GetCaseAsync(Guid caseId) => await _system.GetFromJsonAsync<JsonElement>($"/api/{department}/cases/{caseId}");

    public async Task<string> CitizenIdAsync(string cpr)
    {
        var response = await _caseworker.PostAsJsonAsync("/api/citizens/lookup", new { cpr });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("citizenId").GetString()!;
    }

    /// <summary>Waits until the hub's timeline for the citizen shows an entry of this kind.</summary>
    public async Task<JsonElement> TimelineEntryAsync(string cpr, string kind)
    {
        var citizenId = await Eventually.ReturnsAsync(
            async () => (await _caseworker.PostAsJsonAsync("/api/citizens/lookup", new { cpr })).StatusCode,
            status => status == HttpStatusCode.OK, TimeSpan.FromSeconds(15), "the hub to know the citizen");
        var id = await CitizenIdAsync(cpr);
        var timeline = await Eventually.ReturnsAsync(
            () => _caseworker.GetFromJsonAsync<JsonElement>($"/api/citizens/{id}/timeline"),
            t => Entries(t).Any(e => e.GetProperty("kind").GetString() == kind),
            TimeSpan.FromSeconds(15), $"a '{kind}' entry on the hub's timeline");
        return Entries(timeline).First(e => e.GetProperty("kind").GetString() == kind);
    }

    private static IEnumerable<JsonElement> Entries(JsonElement timeline) => timeline.GetProperty("entries").EnumerateArray();

    public static async Task<Guid> IdFromAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Expected 201, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty(field).GetGuid();
    }

    public void Dispose()
    {
        _system.Dispose();
        _caseworker.Dispose();
    }
}

/// <summary>Made-up CPR numbers that pass the date and century check.</summary>
public static class TestCpr
{
    private static int _serial = 1000;

    /// <summary>A CPR for someone born on <paramref name="born"/> (years 1937–2036 only), unique per call.</summary>
    public static string BornOn(DateOnly born)
    {
        var seventh = born.Year >= 2000 ? 4 : 0;
        var serial = Interlocked.Increment(ref _serial) % 1000;
        return $"{born:ddMMyy}-{seventh}{serial:000}";
    }

    public static string Adult() => BornOn(new DateOnly(1980 + Random.Shared.Next(0, 20), Random.Shared.Next(1, 13), Random.Shared.Next(1, 29)));
}
