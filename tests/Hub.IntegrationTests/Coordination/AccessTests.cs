using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Testing;
using Hub.Testing.Coordination;

namespace Hub.IntegrationTests.Coordination;

/// <summary>Need-to-know reads (issue 6) and the access log every read leaves.</summary>
public sealed class AccessTests(CoordinationFactory factory) : IClassFixture<CoordinationFactory>
{
    private async Task<CitizenEvents> CoordinatedAsync(string cpr)
    {
        var events = new CitizenEvents(cpr, factory.Clock.GetUtcNow());
        await factory.DeliverAsync(events.Open("social", "placement", "cw-17"), events.Open("employment", "cash-benefit", "cw-40"));
        return events;
    }

    [Theory]
    [InlineData("")]
    [InlineData("timeline")]
    [InlineData("plan")]
    [InlineData("plan/versions")]
    public async Task A_read_without_a_purpose_is_a_400_naming_the_header(string path)
    {
        var events = await CoordinatedAsync($"2020{path.Length:00}-2020");
        using var client = factory.ClientWith(TestSecrets.Caseworker("cw-17", "social"));
        var response = await client.GetAsync($"/api/citizens/{events.CitizenId}/{path}".TrimEnd('/'));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("X-Purpose", out _));
    }

    [Fact]
    public async Task A_lookup_without_a_purpose_is_a_400()
    {
        using var client = factory.ClientWith(TestSecrets.Caseworker("cw-17", "social"));
        var response = await client.PostAsJsonAsync("/api/citizens/lookup", new { cpr = "121212-1212" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("caseworker")]
    [InlineData("team-leader")]
    public async Task Anyone_without_a_case_in_reach_is_refused_with_a_reason(string role)
    {
        var events = await CoordinatedAsync($"2121{role.Length:00}-2121");
        var token = role == "caseworker" ? TestSecrets.Caseworker("cw-99", "social") : TestSecrets.TeamLeader("tl-9", "aftercare");
        using var client = factory.ReaderWith(token);
        var response = await client.GetAsync($"/api/citizens/{events.CitizenId}");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("no active case", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Ops_never_reads_citizen_data()
    {
        var events = await CoordinatedAsync("222222-2222");
        using var ops = factory.ReaderWith(TestSecrets.Ops());
        Assert.Equal(HttpStatusCode.Forbidden, (await ops.GetAsync($"/api/citizens/{events.CitizenId}")).StatusCode);
    }

    [Fact]
    public async Task The_timeline_shows_other_centres_only_within_consent()
    {
        var events = await CoordinatedAsync("232323-2323");
        using var social = factory.ReaderWith(TestSecrets.Caseworker("cw-17", "social"));
        var before = await CoordinationFactory.JsonAsync(await social.GetAsync($"/api/citizens/{events.CitizenId}/timeline"));
        Assert.All(before.GetProperty("entries").EnumerateArray(), e => Assert.Equal("social", e.GetProperty("department").GetString()));

        await CoordinationFactory.GiveConsentAsync(social, events.CitizenId, "social", "employment");
        var after = await CoordinationFactory.JsonAsync(await social.GetAsync($"/api/citizens/{events.CitizenId}/timeline?limit=1"));
        Assert.Single(after.GetProperty("entries").EnumerateArray());
        var next = after.GetProperty("nextBefore").GetString();
        var nextId = after.GetProperty("nextBeforeEventId").GetString();
        var page2 = await CoordinationFactory.JsonAsync(await social.GetAsync(
            $"/api/citizens/{events.CitizenId}/timeline?limit=5&before={Uri.EscapeDataString(next!)}&beforeEventId={nextId}"));
        var departments = after.GetProperty("entries").EnumerateArray().Concat(page2.GetProperty("entries").EnumerateArray())
            .Select(e => e.GetProperty("department").GetString()).Order().ToList();
        Assert.Equal(["employment", "social"], departments);
    }

    [Fact]
    public async Task Every_read_is_logged_with_its_purpose_and_the_citizen_version_shows_only_dates_and_purposes()
    {
        var events = await CoordinatedAsync("240484-2424");
        using var caseworker = factory.ReaderWith(TestSecrets.Caseworker("cw-17", "social"), "coordination: preparing network meeting");
        await CoordinationFactory.JsonAsync(await caseworker.PostAsJsonAsync("/api/citizens/lookup", new { cpr = events.Cpr }));
        await CoordinationFactory.JsonAsync(await caseworker.GetAsync($"/api/citizens/{events.CitizenId}"));
        await CoordinationFactory.JsonAsync(await caseworker.GetAsync($"/api/citizens/{events.CitizenId}/timeline"));

        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.GetAsync($"/api/citizens/{events.CitizenId}/access-log")).StatusCode);

        using var teamLeader = factory.ReaderWith(TestSecrets.TeamLeader("tl-1", "social"), "audit");
        var log = await CoordinationFactory.JsonAsync(await teamLeader.GetAsync($"/api/citizens/{events.CitizenId}/access-log"));
        var reads = log.GetProperty("entries").EnumerateArray()
            .Select(e => (Reader: e.GetProperty("readerId").GetString(), View: e.GetProperty("view").GetString(), Purpose: e.GetProperty("purpose").GetString()))
            .ToList();
        Assert.Contains(("cw-17", "lookup", "coordination: preparing network meeting"), reads);
        Assert.Contains(("cw-17", "view", "coordination: preparing network meeting"), reads);
        Assert.Contains(("cw-17", "timeline", "coordination: preparing network meeting"), reads);

        var own = await CoordinationFactory.JsonAsync(await caseworker.GetAsync($"/api/citizens/{events.CitizenId}/access-log?view=citizen"));
        var first = own.GetProperty("entries").EnumerateArray().First();
        Assert.Equal(["date", "purpose"], first.EnumerateObject().Select(p => p.Name).Order());
    }
}
