using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Testing;

namespace Hub.EndToEndTests.Departments;

/// <summary>One running hub (every service its own process, real RabbitMQ) shared by the department end-to-end tests.</summary>
public sealed class DepartmentTopologyFixture : IAsyncLifetime
{
    public HubTopology Hub { get; private set; } = null!;

    public async Task InitializeAsync() => Hub = await HubTopology.StartAsync("e2e-departments");

    public async Task DisposeAsync() => await Hub.DisposeAsync();

    /// <summary>
    /// The hub's timeline for a citizen, through the gateway, once it shows every kind asked for; read by
    /// the caseworker on the citizen's case (the hub shows a citizen only to those involved).
    /// </summary>
    public async Task<JsonElement[]> TimelineAsync(string cpr, (string Caseworker, string Department) reader, params string[] kinds)
    {
        using var caseworker = Hub.GatewayClient(TestSecrets.Caseworker(reader.Caseworker, reader.Department));
        caseworker.DefaultRequestHeaders.Add("X-Purpose", "case-work: department end-to-end test");
        var found = await Eventually.ReturnsAsync(
            () => caseworker.PostAsJsonAsync("/api/citizens/lookup", new { cpr }),
            response => response.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "the hub to know the citizen");
        var citizenId = (await found.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("citizenId").GetString();
        var timeline = await Eventually.ReturnsAsync(
            () => caseworker.GetFromJsonAsync<JsonElement>($"/api/citizens/{citizenId}/timeline"),
            t => kinds.All(kind => Entries(t).Any(e => e.GetProperty("kind").GetString() == kind)),
            TimeSpan.FromSeconds(30), $"the timeline to show {string.Join(", ", kinds)}");
        return Entries(timeline).ToArray();
    }

    private static IEnumerable<JsonElement> Entries(JsonElement timeline) => timeline.GetProperty("entries").EnumerateArray();
}
