using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Hub.Contracts.Coordination;
using Hub.IntegrationTests.Coordination;
using Hub.Testing;
using Hub.Testing.Coordination;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Security.NeedToKnow;

/// <summary>
/// Issue 13: the ways round need-to-know an insider with an ordinary token could take, each closed and proved through the API.
/// Each test names the point of the issue it covers.
/// </summary>
public sealed class NeedToKnowTests(CoordinationFactory factory) : IClassFixture<CoordinationFactory>
{
    private ITestHarness Harness => factory.Services.GetTestHarness();

    /// <summary>Social (cw-17, placement), employment (cw-40, cash benefit) and aftercare (cw-9, housing support).</summary>
    private async Task<CitizenEvents> ThreeCentresAsync(string cpr)
    {
        var events = new CitizenEvents(cpr, factory.Clock.GetUtcNow());
        await factory.DeliverAsync(
            events.Open("social", "placement", "cw-17", factory.Clock.GetUtcNow().AddDays(-100)),
            events.Open("employment", "cash-benefit", "cw-40", factory.Clock.GetUtcNow().AddDays(-200)),
            events.Open("aftercare", "housing-support", "cw-9", factory.Clock.GetUtcNow().AddDays(-300)));
        return events;
    }

    private static Task<HttpResponseMessage> ConsentAsync(HttpClient client, string citizenId, string[] scope, object? evidence, string? expiresOn = null) =>
        client.PostAsJsonAsync($"/api/citizens/{citizenId}/consents", new { scope, purpose = "one combined plan", evidence, expiresOn });

    private async Task<IReadOnlyList<(string Reader, string? Department, string View, string Purpose, string Outcome)>> LogAsync(string citizenId)
    {
        await using var connection = await factory.HubDatabase.OpenAsync();
        return (await connection.QueryAsync<(string, string?, string, string, string)>(
            "SELECT reader_id, reader_department, view_name, purpose, outcome FROM access_log WHERE citizen_id = @CitizenId", new { CitizenId = citizenId })).ToList();
    }

    // Point 1: a consent records its evidence, comes from a centre in its scope, and the citizen sees a widening.
    [Fact]
    public async Task Point1_a_consent_without_evidence_or_outside_the_recorders_centre_is_refused_and_a_widening_shows_in_the_citizens_log()
    {
        var events = await ThreeCentresAsync("130113-1301");
        using var social = factory.ReaderWith(TestSecrets.Caseworker("cw-17", "social"));

        var bare = await ConsentAsync(social, events.CitizenId, ["social", "employment", "aftercare"], evidence: null);
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.True((await bare.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("evidence", out _));
        var cprAsReference = await ConsentAsync(social, events.CitizenId, ["social", "employment"], new { givenBy = "citizen", kind = "signed-form", reference = events.Cpr });
        Assert.Equal(HttpStatusCode.BadRequest, cprAsReference.StatusCode);
        var notOwnCentre = await ConsentAsync(social, events.CitizenId, ["employment", "aftercare"], CoordinationFactory.Evidence);
        Assert.Equal(HttpStatusCode.BadRequest, notOwnCentre.StatusCode);
        Assert.Equal("none", (await CoordinationFactory.JsonAsync(await social.GetAsync($"/api/citizens/{events.CitizenId}"))).GetProperty("consent").GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.Created, (await ConsentAsync(social, events.CitizenId, ["social", "employment"], CoordinationFactory.Evidence)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await ConsentAsync(social, events.CitizenId, ["social", "employment", "aftercare"],
            new { givenBy = "guardian", kind = "digital", reference = "mitid-consent-88" })).StatusCode);

        var own = await CoordinationFactory.JsonAsync(await social.GetAsync($"/api/citizens/{events.CitizenId}/access-log?view=citizen"));
        var consents = own.GetProperty("consents").EnumerateArray().ToList();
        Assert.Equal(2, consents.Count);
        var widened = consents[0];
        Assert.True(widened.GetProperty("widensScope").GetBoolean());
        Assert.Equal(["aftercare", "employment", "social"], widened.GetProperty("scope").EnumerateArray().Select(d => d.GetString()).Order());
        Assert.Equal("guardian", widened.GetProperty("givenBy").GetString());
        Assert.Equal("digital", widened.GetProperty("evidenceKind").GetString());
        Assert.Equal("social", widened.GetProperty("recordedByDepartment").GetString());
    }

    // Point 2: a caseworker is a centre and an id.
    [Fact]
    public async Task Point2_an_employment_user_with_a_social_caseworkers_id_gets_neither_the_citizen_nor_the_caseload_nor_the_lead()
    {
        var events = await ThreeCentresAsync("140114-1402");
        using var social = factory.ReaderWith(TestSecrets.Caseworker("cw-17", "social"));
        Assert.Equal(HttpStatusCode.Created, (await ConsentAsync(social, events.CitizenId, ["social", "employment"], CoordinationFactory.Evidence)).StatusCode);
        Assert.Equal("cw-17", (await CoordinationFactory.JsonAsync(await social.GetAsync($"/api/citizens/{events.CitizenId}")))
            .GetProperty("lead").GetProperty("caseworkerId").GetString());

        using var impostor = factory.ReaderWith(TestSecrets.Caseworker("cw-17", "aftercare"));
        Assert.Equal(HttpStatusCode.Forbidden, (await impostor.GetAsync($"/api/citizens/{events.CitizenId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await impostor.GetAsync($"/api/citizens/{events.CitizenId}/plan")).StatusCode);
        var caseload = await CoordinationFactory.JsonAsync(await impostor.GetAsync("/api/caseworkers/cw-17/caseload"));
        Assert.Equal(0, caseload.GetProperty("activeCaseCount").GetInt32());
        Assert.Empty(caseload.GetProperty("leads").EnumerateArray());

        var real = await CoordinationFactory.JsonAsync(await social.GetAsync("/api/caseworkers/cw-17/caseload"));
        Assert.Contains(real.GetProperty("leads").EnumerateArray(), l => l.GetProperty("citizenId").GetString() == events.CitizenId);
    }

    // Point 3: lookup is no oracle.
    [Fact]
    public async Task Point3_lookup_answers_alike_for_an_unknown_citizen_and_one_not_yours_and_logs_both()
    {
        var events = await ThreeCentresAsync("150115-1503");
        using var stranger = factory.ReaderWith(TestSecrets.Caseworker("cw-77", "social"));
        var notYours = await stranger.PostAsJsonAsync("/api/citizens/lookup", new { cpr = events.Cpr });
        var unknown = await stranger.PostAsJsonAsync("/api/citizens/lookup", new { cpr = "150115-1599" });

        Assert.Equal(HttpStatusCode.NotFound, notYours.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var (a, b) = (await notYours.Content.ReadFromJsonAsync<JsonElement>(), await unknown.Content.ReadFromJsonAsync<JsonElement>());
        Assert.Equal(a.GetProperty("title").GetString(), b.GetProperty("title").GetString());
        Assert.Equal(a.GetProperty("detail").GetString(), b.GetProperty("detail").GetString());

        Assert.Contains(("cw-77", "social", "lookup", "case-work", "refused"), await LogAsync(events.CitizenId));
        Assert.Contains(("cw-77", "social", "lookup", "case-work", "not-found"), await LogAsync(TestSecrets.CitizenIdOf("150115-1599")));

        using var own = factory.ReaderWith(TestSecrets.Caseworker("cw-9", "aftercare"));
        Assert.Equal(events.CitizenId, (await CoordinationFactory.JsonAsync(await own.PostAsJsonAsync("/api/citizens/lookup", new { cpr = events.Cpr })))
            .GetProperty("citizenId").GetString());
    }

    // Point 4: every read filters by the consent in force at the moment of the read.
    [Fact]
    public async Task Point4_the_lead_sees_only_centres_within_consent_and_an_out_of_scope_centre_gets_no_lead_decision()
    {
        var events = await ThreeCentresAsync("160116-1604");
        using var social = factory.ReaderWith(TestSecrets.Caseworker("cw-17", "social"));
        Assert.Equal(HttpStatusCode.Created, (await ConsentAsync(social, events.CitizenId, ["social", "employment"], CoordinationFactory.Evidence)).StatusCode);

        var view = await CoordinationFactory.JsonAsync(await social.GetAsync($"/api/citizens/{events.CitizenId}"));
        Assert.Equal("cw-17", view.GetProperty("lead").GetProperty("caseworkerId").GetString());
        Assert.Equal(["employment", "social"], view.GetProperty("centres").EnumerateArray().Select(c => c.GetProperty("department").GetString()).Order());
        var timeline = await CoordinationFactory.JsonAsync(await social.GetAsync($"/api/citizens/{events.CitizenId}/timeline"));
        Assert.DoesNotContain(timeline.GetProperty("entries").EnumerateArray(), e => e.GetProperty("department").GetString() == "aftercare");

        Assert.True(await Harness.PublishedAsync<LeadCaseworkerAssigned>(e =>
            e.CitizenId == events.CitizenId && e.SharedWith != null && e.SharedWith.Order().SequenceEqual(new[] { "employment", "social" })));
        Assert.True(await Harness.PublishedAsync<CombinedPlanVersioned>(e =>
            e.CitizenId == events.CitizenId && !e.Departments.Contains("aftercare")));
    }

    [Fact]
    public async Task Point4_once_consent_expires_the_lead_sees_only_their_own_centre_before_the_next_pass()
    {
        var events = await ThreeCentresAsync("170117-1705");
        using var social = factory.ReaderWith(TestSecrets.Caseworker("cw-17", "social"));
        var tomorrow = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime).AddDays(1).ToString("yyyy-MM-dd");
        Assert.Equal(HttpStatusCode.Created, (await ConsentAsync(social, events.CitizenId, ["social", "employment"], CoordinationFactory.Evidence, tomorrow)).StatusCode);
        Assert.Equal(2, (await CoordinationFactory.JsonAsync(await social.GetAsync($"/api/citizens/{events.CitizenId}"))).GetProperty("centres").GetArrayLength());

        // No deadline pass runs here: the lead row is still there, but the consent in force at the read decides.
        factory.Clock.Advance(TimeSpan.FromDays(2));
        var view = await CoordinationFactory.JsonAsync(await social.GetAsync($"/api/citizens/{events.CitizenId}"));
        Assert.Equal("expired", view.GetProperty("consent").GetProperty("status").GetString());
        Assert.All(view.GetProperty("centres").EnumerateArray(), c => Assert.Equal("social", c.GetProperty("department").GetString()));
        Assert.Equal(JsonValueKind.Null, view.GetProperty("plan").ValueKind);
        var timeline = await CoordinationFactory.JsonAsync(await social.GetAsync($"/api/citizens/{events.CitizenId}/timeline"));
        Assert.All(timeline.GetProperty("entries").EnumerateArray(), e => Assert.Equal("social", e.GetProperty("department").GetString()));
    }

    [Fact]
    public async Task Point4_a_team_leader_outside_the_consent_reads_only_their_own_centres_entries_of_the_access_log()
    {
        var events = await ThreeCentresAsync("180118-1806");
        using var social = factory.ReaderWith(TestSecrets.Caseworker("cw-17", "social"), "coordination: network meeting with the family");
        Assert.Equal(HttpStatusCode.Created, (await ConsentAsync(social, events.CitizenId, ["social", "employment"], CoordinationFactory.Evidence)).StatusCode);
        await CoordinationFactory.JsonAsync(await social.GetAsync($"/api/citizens/{events.CitizenId}"));

        using var aftercareLeader = factory.ReaderWith(TestSecrets.TeamLeader("tl-9", "aftercare"), "supervision");
        var log = await CoordinationFactory.JsonAsync(await aftercareLeader.GetAsync($"/api/citizens/{events.CitizenId}/access-log"));
        Assert.All(log.GetProperty("entries").EnumerateArray(), e => Assert.Equal("aftercare", e.GetProperty("readerDepartment").GetString()));
        Assert.DoesNotContain("network meeting", log.GetRawText());

        using var socialLeader = factory.ReaderWith(TestSecrets.TeamLeader("tl-1", "social"), "supervision");
        var inScope = await CoordinationFactory.JsonAsync(await socialLeader.GetAsync($"/api/citizens/{events.CitizenId}/access-log"));
        Assert.Contains("network meeting", inScope.GetRawText());
    }

    // Point 5: team leaders act within their own centre.
    [Fact]
    public async Task Point5_a_team_leader_whose_centre_the_consent_leaves_out_cannot_set_the_lead_and_sees_no_other_centres_caseload()
    {
        var events = await ThreeCentresAsync("190119-1907");
        using var social = factory.ReaderWith(TestSecrets.Caseworker("cw-17", "social"));
        Assert.Equal(HttpStatusCode.Created, (await ConsentAsync(social, events.CitizenId, ["social", "employment"], CoordinationFactory.Evidence)).StatusCode);

        using var aftercareLeader = factory.ReaderWith(TestSecrets.TeamLeader("tl-9", "aftercare"), "supervision");
        var overridden = await aftercareLeader.PutAsJsonAsync($"/api/citizens/{events.CitizenId}/lead", new { caseworkerId = "cw-40", reason = "closer contact" });
        Assert.Equal(HttpStatusCode.Forbidden, overridden.StatusCode);
        Assert.Contains(("tl-9", "aftercare", "lead-override", "supervision", "refused"), await LogAsync(events.CitizenId));
        Assert.Equal("cw-17", (await CoordinationFactory.JsonAsync(await social.GetAsync($"/api/citizens/{events.CitizenId}"))).GetProperty("lead").GetProperty("caseworkerId").GetString());

        var othersCaseload = await CoordinationFactory.JsonAsync(await aftercareLeader.GetAsync("/api/caseworkers/cw-17/caseload"));
        Assert.Equal("aftercare", othersCaseload.GetProperty("department").GetString());
        Assert.Equal(0, othersCaseload.GetProperty("activeCaseCount").GetInt32());

        using var employmentLeader = factory.ReaderWith(TestSecrets.TeamLeader("tl-4", "employment"), "supervision");
        var allowed = await employmentLeader.PutAsJsonAsync($"/api/citizens/{events.CitizenId}/lead", new { caseworkerId = "cw-40", reason = "closer contact" });
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    // Point 6: refused reads are in the access log.
    [Fact]
    public async Task Point6_a_refused_read_is_logged_with_its_purpose()
    {
        var events = await ThreeCentresAsync("200120-2008");
        using var nosy = factory.ReaderWith(TestSecrets.Caseworker("cw-99", "social"), "case-work: curious");
        Assert.Equal(HttpStatusCode.Forbidden, (await nosy.GetAsync($"/api/citizens/{events.CitizenId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await nosy.GetAsync($"/api/citizens/{events.CitizenId}/timeline")).StatusCode);

        var log = await LogAsync(events.CitizenId);
        Assert.Contains(("cw-99", "social", "view", "case-work: curious", "refused"), log);
        Assert.Contains(("cw-99", "social", "timeline", "case-work: curious", "refused"), log);
    }

    // Point 9: purpose codes, an unchanged edit makes no version, paging.
    [Theory]
    [InlineData("reading")]
    [InlineData("case work")]
    [InlineData("case-work: a\tb")]
    public async Task Point9_a_purpose_without_a_code_or_with_control_characters_is_a_400(string purpose)
    {
        var events = await ThreeCentresAsync($"2101{purpose.Length:00}-2109");
        using var client = factory.ClientWith(TestSecrets.Caseworker("cw-17", "social"));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/citizens/{events.CitizenId}");
        request.Headers.TryAddWithoutValidation("X-Purpose", purpose);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("case-work", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("X-Purpose")[0].GetString());
    }

    [Fact]
    public async Task Point9_the_same_citizen_goals_again_make_no_new_version_and_versions_and_the_access_log_are_paged()
    {
        var events = await ThreeCentresAsync("220122-2210");
        using var social = factory.ReaderWith(TestSecrets.Caseworker("cw-17", "social"));
        Assert.Equal(HttpStatusCode.Created, (await ConsentAsync(social, events.CitizenId, ["social", "employment"], CoordinationFactory.Evidence)).StatusCode);
        var goals = new { goals = new[] { "A home of my own" } };
        var first = await CoordinationFactory.JsonAsync(await social.PutAsJsonAsync($"/api/citizens/{events.CitizenId}/plan/citizen-goals", goals));
        var again = await CoordinationFactory.JsonAsync(await social.PutAsJsonAsync($"/api/citizens/{events.CitizenId}/plan/citizen-goals", goals));
        Assert.Equal(first.GetProperty("version").GetInt32(), again.GetProperty("version").GetInt32());

        var versions = await CoordinationFactory.JsonAsync(await social.GetAsync($"/api/citizens/{events.CitizenId}/plan/versions?limit=1"));
        Assert.Single(versions.GetProperty("versions").EnumerateArray());
        Assert.Equal(first.GetProperty("version").GetInt32(), versions.GetProperty("total").GetInt32());

        using var leader = factory.ReaderWith(TestSecrets.TeamLeader("tl-1", "social"), "supervision");
        var page1 = await CoordinationFactory.JsonAsync(await leader.GetAsync($"/api/citizens/{events.CitizenId}/access-log?limit=2"));
        Assert.Equal(2, page1.GetProperty("entries").GetArrayLength());
        var before = Uri.EscapeDataString(page1.GetProperty("nextBefore").GetString()!);
        var page2 = await CoordinationFactory.JsonAsync(await leader.GetAsync(
            $"/api/citizens/{events.CitizenId}/access-log?limit=2&before={before}&beforeEntryId={page1.GetProperty("nextBeforeEntryId").GetString()}"));
        var ids = page1.GetProperty("entries").EnumerateArray().Concat(page2.GetProperty("entries").EnumerateArray()).Select(e => e.GetProperty("entryId").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.True(page2.GetProperty("entries").GetArrayLength() > 0);
    }
}
