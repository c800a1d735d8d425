using System.Net;
using Dapper;
using Hub.Testing;
using Hub.Testing.Coordination;
using Microsoft.AspNetCore.Hosting;

namespace Hub.IntegrationTests.Coordination;

/// <summary>A hub with a caseload cap of 2, to reach the cap with few cases.</summary>
public sealed class SmallCapFactory : CoordinationFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Coordination:Lead:CaseloadCap", "2");
    }
}

/// <summary>The cap from configuration: caseload, over-cap alerts, leads assigned over the cap, and the alert and figure endpoints.</summary>
public sealed class CaseloadAlertTests(SmallCapFactory factory) : IClassFixture<SmallCapFactory>
{
    private DateTimeOffset Now => factory.Clock.GetUtcNow();

    [Fact]
    public async Task A_caseworker_over_the_cap_raises_an_alert_and_shows_over_cap_in_their_caseload()
    {
        var cases = Enumerable.Range(0, 3).Select(i => new CitizenEvents($"1{i}0101-1111", Now).Open("employment", "cash-benefit", "cw-busy")).ToArray();
        await factory.DeliverAsync(cases);
        await factory.EvaluateDeadlinesAsync();

        await using (var connection = await factory.HubDatabase.OpenAsync())
        {
            Assert.Equal(1, await connection.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM alerts WHERE kind = 'caseworker-over-cap' AND caseworker_id = 'cw-busy' AND resolved_at IS NULL"));
        }

        using var self = factory.ReaderWith(TestSecrets.Caseworker("cw-busy", "employment"), "follow-up");
        var caseload = await CoordinationFactory.JsonAsync(await self.GetAsync("/api/caseworkers/cw-busy/caseload"));
        Assert.Equal(3, caseload.GetProperty("activeCaseCount").GetInt32());
        Assert.Equal(2, caseload.GetProperty("cap").GetInt32());
        Assert.True(caseload.GetProperty("overCap").GetBoolean());

        using var other = factory.ReaderWith(TestSecrets.Caseworker("cw-nosy", "employment"), "follow-up");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/api/caseworkers/cw-busy/caseload")).StatusCode);

        using var teamLeader = factory.ClientWith(TestSecrets.TeamLeader("tl-e", "employment"));
        var alerts = await CoordinationFactory.JsonAsync(await teamLeader.GetAsync("/api/alerts?kind=caseworker-over-cap"));
        Assert.Contains(alerts.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("caseworkerId").GetString() == "cw-busy");
        Assert.Equal(HttpStatusCode.Forbidden, (await teamLeader.GetAsync("/api/alerts?department=social")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await teamLeader.GetAsync("/api/alerts?kind=nonsense")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/api/alerts")).StatusCode);
    }

    [Fact]
    public async Task When_every_candidate_is_at_the_cap_the_lead_is_assigned_anyway_with_an_alert()
    {
        var events = new CitizenEvents("151515-1515", Now);
        var filler = new CitizenEvents("161616-1616", Now);
        var fillerSocial = filler.Open("social", "adult-support", "cw-full-s");
        await factory.DeliverAsync(
            fillerSocial, filler.Open("employment", "sickness-benefit", "cw-full-e"),
            events.Open("social", "placement", "cw-full-s"), events.Open("employment", "cash-benefit", "cw-full-e"));
        using var caseworker = factory.ReaderWith(TestSecrets.Caseworker("cw-full-s", "social"));
        Assert.Equal(HttpStatusCode.Created, (await CoordinationFactory.GiveConsentAsync(caseworker, events.CitizenId, "social", "employment")).StatusCode);

        var view = await CoordinationFactory.JsonAsync(await caseworker.GetAsync($"/api/citizens/{events.CitizenId}"));
        Assert.StartsWith("every candidate at or over cap 2, assigned anyway", view.GetProperty("lead").GetProperty("reason").GetString());
        Assert.Contains(view.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("kind").GetString() == "lead-assigned-over-cap");

        // Once the lead's load drops below the cap, the next pass resolves the alert.
        await factory.DeliverAsync(filler.Close(fillerSocial));
        await factory.EvaluateDeadlinesAsync();
        var after = await CoordinationFactory.JsonAsync(await caseworker.GetAsync($"/api/citizens/{events.CitizenId}"));
        Assert.DoesNotContain(after.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("kind").GetString() == "lead-assigned-over-cap");
    }

    [Fact]
    public async Task Centre_figures_measure_notification_to_intervention_and_contacts()
    {
        var events = new CitizenEvents("171717-1717", Now.AddDays(-60));
        var social = events.Open("social", "child-welfare", "cw-s1", Now.AddDays(-60));
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        await factory.DeliverAsync(
            social, events.Notification(Now.AddDays(-50)), events.Intervention(social, "family-treatment", today.AddDays(-40)),
            events.Contact(social, Now.AddDays(-30)), events.Contact(social, Now.AddDays(-10)));

        using var ops = factory.ClientWith(TestSecrets.Ops());
        var stats = await CoordinationFactory.JsonAsync(await ops.GetAsync("/api/stats/centres"));
        var socialFigures = stats.GetProperty("centres").EnumerateArray().Single(c => c.GetProperty("department").GetString() == "social");
        Assert.Equal(10, socialFigures.GetProperty("medianDaysNotificationToIntervention").GetDouble());
        Assert.Equal(1, socialFigures.GetProperty("shareWithinDeadline").GetDouble());
        Assert.Equal(20, socialFigures.GetProperty("medianDaysBetweenContacts").GetDouble());

        using var caseworker = factory.ClientWith(TestSecrets.Caseworker("cw-s1", "social"));
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.GetAsync("/api/stats/centres")).StatusCode);
    }
}
