using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Testing;
using Microsoft.Data.Sqlite;

namespace Hub.IntegrationTests.Departments;

/// <summary>A centre's system talking to the hub in a test: opens cases, adds items, reads the hub's timeline.</summary>
public sealed class DepartmentClient(HubFactory factory, string department) : IDisposable
{
    private readonly HttpClient _system = factory.ClientWith(TestSecrets.DepartmentSystem(department));
    private readonly HttpClient _caseworker = WithPurpose(factory.ClientWith(TestSecrets.Caseworker("cw-reader", department)));

    public HttpClient Http => _system;

    public async Task<Guid> OpenCaseAsync(string cpr, string caseType, string caseworkerId = "cw-1")
    {
        var response = await _system.PostAsJsonAsync($"/api/{department}/cases", new { cpr, caseType, caseworkerId });
        return await IdFromAsync(response, "caseId");
    }

    public async Task<Guid> PostForIdAsync(string path, object body, string idField) =>
        await IdFromAsync(await _system.PostAsJsonAsync($"/api/{department}{path}", body), idField);

    public async Task<JsonElement> GetCaseAsync(Guid caseId) => await _system.GetFromJsonAsync<JsonElement>($"/api/{department}/cases/{caseId}");

    /// <summary>The citizen id the hub keys this CPR by (the lookup answers only readers with a need to know).</summary>
    public static string CitizenIdOf(string cpr) => TestSecrets.CitizenIdOf(cpr);

    /// <summary>
    /// Waits until the hub's timeline for the citizen holds an entry of this kind, read from the hub's own
    /// database: the hub's read API is need-to-know (no reader may see a citizen with only a notification).
    /// </summary>
    public async Task<JsonElement> TimelineEntryAsync(string cpr, string kind)
    {
        var citizenId = TestSecrets.CitizenIdOf(cpr);
        var json = await Eventually.ReturnsAsync(
            () => HubTimelineEntryAsync(citizenId, kind),
            entry => entry is not null, TimeSpan.FromSeconds(15), $"a '{kind}' entry on the hub's timeline");
        return JsonDocument.Parse(json!).RootElement;
    }

    private async Task<string?> HubTimelineEntryAsync(string citizenId, string kind)
    {
        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath("coordination")};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var query = connection.CreateCommand();
        query.CommandText = "SELECT department, kind, sequence, summary FROM timeline_entries WHERE citizen_id = $citizen AND kind = $kind LIMIT 1";
        query.Parameters.AddWithValue("$citizen", citizenId);
        query.Parameters.AddWithValue("$kind", kind);
        await using var reader = await query.ExecuteReaderAsync();
        return await reader.ReadAsync()
            ? JsonSerializer.Serialize(new { department = reader.GetString(0), kind = reader.GetString(1), sequence = reader.GetInt64(2), summary = reader.GetString(3) })
            : null;
    }

    private static HttpClient WithPurpose(HttpClient client)
    {
        client.DefaultRequestHeaders.Add("X-Purpose", "case-work: department integration test");
        return client;
    }

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
