using System.Net;
using System.Net.Http.Json;
using Hub.Contracts.Coordination;
using Hub.Testing;
using Hub.Testing.Coordination;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Coordination;

/// <summary>Consent gates coordination; the lead follows the policy and the centres learn of it through the outbox.</summary>
public sealed class ConsentAndLeadTests(CoordinationFactory factory) : IClassFixture<CoordinationFactory>
{
    private ITestHarness Harness => factory.Services.GetTestHarness();

    private async Task<(CitizenEvents Events, Hub.Contracts.Cases.CaseOpened Social, Hub.Contracts.Cases.CaseOpened Employment)> TwoCentresAsync(string cpr)
    {
        var events = new CitizenEvents(cpr, factory.Clock.GetUtcNow());
        var social = events.Open("social", "placement", "cw-17", factory.Clock.GetUtcNow().AddDays(-100));
        var employment = events.Open("employment", "cash-benefit", "cw-40", factory.Clock.GetUtcNow().AddDays(-400));
        await factory.DeliverAsync(social, employment);
        return (events, social, employment);
    }

    [Fact]
    public async Task Without_consent_the_citizen_awaits_consent_with_no_lead_no_plan_and_no_other_centre_shown()
    {
        var (events, _, _) = await TwoCentresAsync("010190-1111");
        using var social = factory.ReaderWith(TestSecrets.Caseworker("cw-17", "social"));

        var view = await CoordinationFactory.JsonAsync(await social.GetAsync($"/api/citizens/{events.CitizenId}"));
        Assert.True(view.GetProperty("crossDepartmental").GetBoolean());
        Assert.True(view.GetProperty("awaitingConsent").GetBoolean());
        Assert.Equal("none", view.GetProperty("consent").GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, view.GetProperty("lead").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, view.GetProperty("plan").ValueKind);
        Assert.All(view.GetProperty("centres").EnumerateArray(), c => Assert.Equal("social", c.GetProperty("department").GetString()));

        var plan = await social.GetAsync($"/api/citizens/{events.CitizenId}/plan");
        Assert.Equal(HttpStatusCode.Conflict, plan.StatusCode);
        Assert.True(await Harness.NothingPublishedAsync<LeadCaseworkerAssigned>(e => e.CitizenId == events.CitizenId, seconds: 1));
    }

    [Fact]
    public async Task Consent_assigns_the_lead_with_a_reason_shares_the_other_centre_and_starts_the_plan()
    {
        var (events, social, _) = await TwoCentresAsync("020290-2222");
        using var caseworker = factory.ReaderWith(TestSecrets.Caseworker("cw-40", "employment"));

        var given = await CoordinationFactory.GiveConsentAsync(caseworker, events.CitizenId, "social", "employment");
        Assert.Equal(HttpStatusCode.Created, given.StatusCode);

        Assert.True(await Harness.PublishedAsync<LeadCaseworkerAssigned>(e =>
            e.CitizenId == events.CitizenId && e.CaseworkerId == "cw-17" && e.CaseId == social.CaseId
            && e.Reason.StartsWith("heaviest case: placement in social outweighs cash-benefit in employment")));
        Assert.True(await Harness.PublishedAsync<CombinedPlanVersioned>(e => e.CitizenId == events.CitizenId && e.Version == 1));

        var view = await CoordinationFactory.JsonAsync(await caseworker.GetAsync($"/api/citizens/{events.CitizenId}"));
        Assert.False(view.GetProperty("awaitingConsent").GetBoolean());
        Assert.Equal("given", view.GetProperty("consent").GetProperty("status").GetString());
        Assert.Equal("cw-17", view.GetProperty("lead").GetProperty("caseworkerId").GetString());
        Assert.Contains("heaviest case", view.GetProperty("lead").GetProperty("reason").GetString());
        Assert.Equal(2, view.GetProperty("centres").GetArrayLength());
        Assert.Equal(1, view.GetProperty("plan").GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Withdrawal_releases_the_lead_and_stops_sharing_at_once()
    {
        var (events, _, _) = await TwoCentresAsync("030390-3333");
        using var caseworker = factory.ReaderWith(TestSecrets.Caseworker("cw-40", "employment"));
        Assert.Equal(HttpStatusCode.Created, (await CoordinationFactory.GiveConsentAsync(caseworker, events.CitizenId, "social", "employment")).StatusCode);

        var withdrawn = await caseworker.PostAsJsonAsync($"/api/citizens/{events.CitizenId}/consents/withdraw", new { reason = "citizen asked" });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);

        Assert.True(await Harness.PublishedAsync<LeadCaseworkerReleased>(e => e.CitizenId == events.CitizenId && e.Reason.Contains("withdrawn")));
        var view = await CoordinationFactory.JsonAsync(await caseworker.GetAsync($"/api/citizens/{events.CitizenId}"));
        Assert.Equal("withdrawn", view.GetProperty("consent").GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, view.GetProperty("lead").ValueKind);
        Assert.All(view.GetProperty("centres").EnumerateArray(), c => Assert.Equal("employment", c.GetProperty("department").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, (await caseworker.PostAsJsonAsync($"/api/citizens/{events.CitizenId}/consents/withdraw", new { })).StatusCode);
    }

    [Theory]
    [InlineData("""{"scope":["social"],"purpose":"x"}""", "scope")]
    [InlineData("""{"scope":["social","nowhere"],"purpose":"x"}""", "scope")]
    [InlineData("""{"scope":["social","employment"]}""", "purpose")]
    [InlineData("""{"scope":["social","employment"],"purpose":"x","expiresOn":"2001-01-01"}""", "expiresOn")]
    public async Task Bad_consent_is_a_400_naming_the_field(string body, string field)
    {
        var (events, _, _) = await TwoCentresAsync($"0404{Random.Shared.Next(10, 99)}-4444");
        using var caseworker = factory.ReaderWith(TestSecrets.Caseworker("cw-40", "employment"));
        var response = await caseworker.PostAsync($"/api/citizens/{events.CitizenId}/consents", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task A_caseworker_with_no_case_cannot_record_consent()
    {
        var (events, _, _) = await TwoCentresAsync("050590-5555");
        using var stranger = factory.ReaderWith(TestSecrets.Caseworker("cw-99", "social"));
        var response = await CoordinationFactory.GiveConsentAsync(stranger, events.CitizenId, "social", "employment");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Team_leader_override_is_audited_and_sticky_and_others_may_not_override()
    {
        var (events, _, employment) = await TwoCentresAsync("060690-6666");
        using var caseworker = factory.ReaderWith(TestSecrets.Caseworker("cw-17", "social"));
        await CoordinationFactory.GiveConsentAsync(caseworker, events.CitizenId, "social", "employment");

        var notLeader = await caseworker.PutAsJsonAsync($"/api/citizens/{events.CitizenId}/lead", new { caseworkerId = "cw-40", reason = "knows the family" });
        Assert.Equal(HttpStatusCode.Forbidden, notLeader.StatusCode);

        using var teamLeader = factory.ReaderWith(TestSecrets.TeamLeader("tl-1", "social"));
        var unknown = await teamLeader.PutAsJsonAsync($"/api/citizens/{events.CitizenId}/lead", new { caseworkerId = "cw-nobody", reason = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var noReason = await teamLeader.PutAsJsonAsync($"/api/citizens/{events.CitizenId}/lead", new { caseworkerId = "cw-40" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);

        var overridden = await teamLeader.PutAsJsonAsync($"/api/citizens/{events.CitizenId}/lead", new { caseworkerId = "cw-40", reason = "knows the family" });
        Assert.Equal(HttpStatusCode.OK, overridden.StatusCode);
        Assert.True(await Harness.PublishedAsync<LeadCaseworkerAssigned>(e => e.CitizenId == events.CitizenId && e.CaseworkerId == "cw-40" && e.Reason == "team-leader override by tl-1: knows the family"));

        // A heavier case arriving does not move an override while its case is active.
        await factory.DeliverAsync(events.Open("aftercare", "continued-placement", "cw-9"));
        var view = await CoordinationFactory.JsonAsync(await teamLeader.GetAsync($"/api/citizens/{events.CitizenId}"));
        Assert.Equal("cw-40", view.GetProperty("lead").GetProperty("caseworkerId").GetString());
        Assert.True(view.GetProperty("lead").GetProperty("override").GetBoolean());
        var history = view.GetProperty("leadHistory").EnumerateArray().ToList();
        Assert.Equal(2, history.Count);
        Assert.Equal("tl-1", history[0].GetProperty("assignedBy").GetString());
        Assert.Equal("overridden by team leader tl-1", history[1].GetProperty("releaseReason").GetString());
        _ = employment;
    }

    [Fact]
    public async Task The_lead_is_reassigned_when_their_case_closes_and_released_when_one_centre_is_left()
    {
        var events = new CitizenEvents("070790-7777", factory.Clock.GetUtcNow());
        var social = events.Open("social", "placement", "cw-17");
        var employment = events.Open("employment", "resource-programme", "cw-41");
        var aftercare = events.Open("aftercare", "contact-person", "cw-9");
        await factory.DeliverAsync(social, employment, aftercare);
        using var caseworker = factory.ReaderWith(TestSecrets.Caseworker("cw-41", "employment"));
        await CoordinationFactory.GiveConsentAsync(caseworker, events.CitizenId, "social", "employment", "aftercare");
        Assert.True(await Harness.PublishedAsync<LeadCaseworkerAssigned>(e => e.CitizenId == events.CitizenId && e.CaseworkerId == "cw-17"));

        await factory.DeliverAsync(events.Close(social));
        Assert.True(await Harness.PublishedAsync<LeadCaseworkerReleased>(e => e.CitizenId == events.CitizenId && e.CaseworkerId == "cw-17"));
        Assert.True(await Harness.PublishedAsync<LeadCaseworkerAssigned>(e =>
            e.CitizenId == events.CitizenId && e.CaseworkerId == "cw-41" && e.Reason.StartsWith("heaviest case: resource-programme")));

        await factory.DeliverAsync(events.Close(aftercare));
        Assert.True(await Harness.PublishedAsync<LeadCaseworkerReleased>(e => e.CitizenId == events.CitizenId && e.CaseworkerId == "cw-41" && e.Reason.StartsWith("coordination ended")));
        Assert.True(await Harness.PublishedAsync<CombinedPlanArchived>(e => e.CitizenId == events.CitizenId));
        var view = await CoordinationFactory.JsonAsync(await caseworker.GetAsync($"/api/citizens/{events.CitizenId}"));
        Assert.False(view.GetProperty("crossDepartmental").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, view.GetProperty("lead").ValueKind);
    }
}
