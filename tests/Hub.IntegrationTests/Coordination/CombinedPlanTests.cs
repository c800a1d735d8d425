using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Contracts.Coordination;
using Hub.Testing;
using Hub.Testing.Coordination;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Coordination;

/// <summary>The combined plan holds every consented centre's goals and interventions from their events, versioned.</summary>
public sealed class CombinedPlanTests(CoordinationFactory factory) : IClassFixture<CoordinationFactory>
{
    private ITestHarness Harness => factory.Services.GetTestHarness();

    [Fact]
    public async Task The_plan_holds_both_centres_items_finds_what_does_not_fit_and_versions_every_change()
    {
        var events = new CitizenEvents("101090-1010", factory.Clock.GetUtcNow());
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        var social = events.Open("social", "placement", "cw-17");
        var employment = events.Open("employment", "resource-programme", "cw-41");
        await factory.DeliverAsync(social, employment);
        using var lead = factory.ReaderWith(TestSecrets.Caseworker("cw-17", "social"));
        await CoordinationFactory.GiveConsentAsync(lead, events.CitizenId, "social", "employment");

        var socialGoal = events.Goal(social, "Stable home");
        var employmentGoal = events.Goal(employment, "Back to work");
        var mentorSocial = events.Intervention(social, "mentor", today.AddDays(-10), null, socialGoal.GoalId);
        var mentorEmployment = events.Intervention(employment, "mentor", today.AddDays(-5), null);
        await factory.DeliverAsync(socialGoal, employmentGoal, mentorSocial, mentorEmployment);

        var plan = await CoordinationFactory.JsonAsync(await lead.GetAsync($"/api/citizens/{events.CitizenId}/plan"));
        var departments = plan.GetProperty("departments").EnumerateArray().ToList();
        Assert.Equal(["employment", "social"], departments.Select(d => d.GetProperty("department").GetString()));
        Assert.All(departments, d =>
        {
            Assert.Equal(1, d.GetProperty("goals").GetArrayLength());
            Assert.Equal(1, d.GetProperty("interventions").GetArrayLength());
        });

        var findings = plan.GetProperty("findings").EnumerateArray()
            .Select(f => (Kind: f.GetProperty("kind").GetString(), Ids: f.GetProperty("itemIds").EnumerateArray().Select(i => i.GetString()).ToList())).ToList();
        Assert.Contains(findings, f => f.Kind == "goal-without-intervention" && f.Ids.SequenceEqual([employmentGoal.GoalId.ToString()]));
        Assert.Contains(findings, f => f.Kind == "intervention-without-goal" && f.Ids.SequenceEqual([mentorEmployment.InterventionId.ToString()]));
        Assert.Contains(findings, f => f.Kind == "overlapping-interventions" && f.Ids.Count == 2);
        Assert.Equal(today.AddDays(-5).AddMonths(3).ToString("yyyy-MM-dd"), plan.GetProperty("nextFollowUpOn").GetString());

        // One version to start, one per centre event, then the citizen's own words.
        var set = await lead.PutAsJsonAsync($"/api/citizens/{events.CitizenId}/plan/citizen-goals", new { goals = new[] { "I want my own flat" } });
        var version = (await CoordinationFactory.JsonAsync(set)).GetProperty("version").GetInt32();
        Assert.Equal(6, version);
        Assert.True(await Harness.PublishedAsync<CombinedPlanVersioned>(e => e.CitizenId == events.CitizenId && e.Version == 6 && e.ChangedBy == "cw-17"));

        var versions = (await CoordinationFactory.JsonAsync(await lead.GetAsync($"/api/citizens/{events.CitizenId}/plan/versions")))
            .GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(6, versions.Count);
        Assert.Equal("citizen goals updated", versions[0].GetProperty("why").GetString());
        Assert.Equal("hub", versions[^1].GetProperty("changedBy").GetString());
        Assert.Equal("goal set in social", versions.Single(v => v.GetProperty("version").GetInt32() == 2).GetProperty("why").GetString());

        var after = await CoordinationFactory.JsonAsync(await lead.GetAsync($"/api/citizens/{events.CitizenId}/plan"));
        Assert.Equal(["I want my own flat"], after.GetProperty("citizenGoals").EnumerateArray().Select(g => g.GetString()));
    }

    [Fact]
    public async Task Ending_an_overdue_intervention_clears_its_finding_and_events_out_of_order_still_land()
    {
        var events = new CitizenEvents("111190-1111", factory.Clock.GetUtcNow());
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        var social = events.Open("social", "family-support", "cw-20");
        var employment = events.Open("employment", "cash-benefit", "cw-42");
        var goal = events.Goal(social, "School every day");
        var late = events.Intervention(social, "family-treatment", today.AddMonths(-2), today.AddDays(-3), goal.GoalId);
        var ended = events.EndIntervention(late, today.AddDays(-1));

        // The end overtakes the intervention, and the goal overtakes its case's opening.
        await factory.DeliverAsync(ended, goal, late, social, employment);
        using var caseworker = factory.ReaderWith(TestSecrets.Caseworker("cw-20", "social"));
        await CoordinationFactory.GiveConsentAsync(caseworker, events.CitizenId, "social", "employment");

        var plan = await CoordinationFactory.JsonAsync(await caseworker.GetAsync($"/api/citizens/{events.CitizenId}/plan"));
        var intervention = plan.GetProperty("departments").EnumerateArray().Single(d => d.GetProperty("department").GetString() == "social")
            .GetProperty("interventions").EnumerateArray().Single();
        Assert.Equal(today.AddDays(-1).ToString("yyyy-MM-dd"), intervention.GetProperty("endedOn").GetString());
        Assert.DoesNotContain(plan.GetProperty("findings").EnumerateArray(), f => f.GetProperty("kind").GetString() == "intervention-past-planned-end");
    }

    [Theory]
    [InlineData("""{"goals":[""]}""")]
    [InlineData("""{}""")]
    public async Task Bad_citizen_goals_are_a_400_naming_goals(string body)
    {
        var events = new CitizenEvents($"1212{body.Length:00}-1212", factory.Clock.GetUtcNow());
        await factory.DeliverAsync(events.Open("social", "placement", "cw-21"), events.Open("employment", "cash-benefit", "cw-43"));
        using var caseworker = factory.ReaderWith(TestSecrets.Caseworker("cw-21", "social"));
        await CoordinationFactory.GiveConsentAsync(caseworker, events.CitizenId, "social", "employment");
        var response = await caseworker.PutAsync($"/api/citizens/{events.CitizenId}/plan/citizen-goals", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("goals", out _));
    }
}
