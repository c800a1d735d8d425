using System.Net;
using System.Net.Http.Json;
using Dapper;
using Hub.Testing;
using Hub.Testing.Coordination;

namespace Hub.IntegrationTests.Coordination;

/// <summary>
/// The citizen access path owns its unit and its audit row: every request to a citizen's data leaves exactly one
/// access-log row, written from the result (allowed, refused, not-found), whatever the endpoint does or forgets,
/// and a write endpoint that answers other than 2xx changes nothing.
/// </summary>
public sealed class AccessPathTests(CoordinationFactory factory) : IClassFixture<CoordinationFactory>
{
    private static readonly string UnknownCitizen = "c-" + new string('f', 32);

    private async Task<CitizenEvents> CoordinatedAsync(string cpr)
    {
        var events = new CitizenEvents(cpr, factory.Clock.GetUtcNow());
        await factory.DeliverAsync(events.Open("social", "placement", "cw-17"), events.Open("employment", "cash-benefit", "cw-40"));
        return events;
    }

    private async Task<IReadOnlyList<(string View, string Outcome)>> RowsAsync(string citizenId, string reader)
    {
        await using var connection = await factory.HubDatabase.OpenAsync();
        return (await connection.QueryAsync<(string, string)>(
            "SELECT view_name, outcome FROM access_log WHERE citizen_id = @CitizenId AND reader_id = @Reader ORDER BY read_at, entry_id",
            new { CitizenId = citizenId, Reader = reader })).ToList();
    }

    private static async Task<(int, string?, string?)> ProblemAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        return (problem.GetProperty("status").GetInt32(), problem.GetProperty("title").GetString(), problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("", "view")]
    [InlineData("/timeline", "timeline")]
    [InlineData("/plan", "plan")]
    [InlineData("/plan/versions", "plan-versions")]
    public async Task Every_read_leaves_one_row_allowed_refused_or_not_found(string path, string view)
    {
        var events = await CoordinatedAsync($"0101{path.Length:00}-0101");
        await CoordinationFactory.GiveConsentAsync(factory.ReaderWith(TestSecrets.Caseworker("cw-17", "social")), events.CitizenId, "social", "employment");
        using var reader = factory.ReaderWith(TestSecrets.Caseworker("cw-40", "employment"));
        using var stranger = factory.ReaderWith(TestSecrets.Caseworker("cw-77", "aftercare"));

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/citizens/{events.CitizenId}{path}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/api/citizens/{events.CitizenId}{path}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/citizens/{UnknownCitizen}{path}")).StatusCode);

        Assert.Equal([(view, "allowed")], await RowsAsync(events.CitizenId, "cw-40"));
        Assert.Equal([(view, "refused")], await RowsAsync(events.CitizenId, "cw-77"));
        Assert.Contains((view, "not-found"), await RowsAsync(UnknownCitizen, "cw-77"));
    }

    [Fact]
    public async Task A_write_that_answers_a_problem_changes_nothing_and_leaves_one_row()
    {
        var events = await CoordinatedAsync("020202-0202");
        using var caseworker = factory.ReaderWith(TestSecrets.Caseworker("cw-18", "social"));
        using var social = factory.ReaderWith(TestSecrets.Caseworker("cw-17", "social"));

        // Refused: no case of cw-18's in reach. Invalid: a scope of one centre.
        Assert.Equal(HttpStatusCode.Forbidden, (await CoordinationFactory.GiveConsentAsync(caseworker, events.CitizenId, "social", "employment")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await CoordinationFactory.GiveConsentAsync(social, events.CitizenId, "social")).StatusCode);

        await using var connection = await factory.HubDatabase.OpenAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM consents WHERE citizen_id = @CitizenId", new { events.CitizenId }));
        Assert.Equal([("consent", "refused")], await RowsAsync(events.CitizenId, "cw-18"));
        Assert.Equal([("consent", "allowed")], await RowsAsync(events.CitizenId, "cw-17"));

        // A write that stands leaves its row in the same unit as its change.
        Assert.Equal(HttpStatusCode.Created, (await CoordinationFactory.GiveConsentAsync(social, events.CitizenId, "social", "employment")).StatusCode);
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM consents WHERE citizen_id = @CitizenId", new { events.CitizenId }));
        Assert.Equal([("consent", "allowed"), ("consent", "allowed")], await RowsAsync(events.CitizenId, "cw-17"));
    }

    [Fact]
    public async Task A_lookup_leaves_one_row_whether_found_refused_or_unknown()
    {
        var events = await CoordinatedAsync("030303-0303");
        using var own = factory.ReaderWith(TestSecrets.Caseworker("cw-17", "social"));
        using var stranger = factory.ReaderWith(TestSecrets.Caseworker("cw-78", "aftercare"));

        Assert.Equal(HttpStatusCode.OK, (await own.PostAsJsonAsync("/api/citizens/lookup", new { cpr = events.Cpr })).StatusCode);
        var refused = await stranger.PostAsJsonAsync("/api/citizens/lookup", new { cpr = events.Cpr });
        var unknown = await stranger.PostAsJsonAsync("/api/citizens/lookup", new { cpr = "040404-0404" });

        // The same answer for a citizen one may not read and one the hub does not know: the lookup is no oracle.
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(await ProblemAsync(unknown), await ProblemAsync(refused));
        Assert.Equal([("lookup", "allowed")], await RowsAsync(events.CitizenId, "cw-17"));
        Assert.Equal([("lookup", "refused")], await RowsAsync(events.CitizenId, "cw-78"));
    }
}
