using System.Text.Json;
using Hub.Contracts;
using Hub.Testing;
using Hub.Testing.Coordination;

namespace Hub.IntegrationTests.Coordination;

/// <summary>
/// The done-when scenario, once in order and once with every event delivered twice and shuffled: the hub
/// must end in the same state (cases, lead, plan content and findings, timeline).
/// </summary>
public sealed class RedeliveryTests(CoordinationFactory factory) : IClassFixture<CoordinationFactory>
{
    private sealed record Scenario(CitizenEvents Events, ICitizenEvent Seed, IReadOnlyList<ICitizenEvent> Rest);

    private Scenario Build(string cpr)
    {
        var now = factory.Clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var events = new CitizenEvents(cpr, now);
        var employment = events.Open("employment", "resource-programme", "cw-41", now.AddDays(-300));
        var social = events.Open("social", "placement", "cw-17", now.AddDays(-200));
        var socialGoal = events.Goal(social, "Stable home");
        var employmentGoal = events.Goal(employment, "Back to work");
        var lonelyGoal = events.Goal(employment, "Driving licence");
        var foster = events.Intervention(social, "foster-care", today.AddDays(-100), null, socialGoal.GoalId);
        var internship = events.Intervention(employment, "internship", today.AddDays(-50), today.AddDays(30), employmentGoal.GoalId);
        var progress = new Hub.Contracts.Goals.GoalProgressRecorded(
            Guid.NewGuid(), "employment", employment.CaseId, events.CitizenId, 0, now, employmentGoal.GoalId, 2, "better");
        var aftercare = events.Open("aftercare", "contact-person", "cw-9", now.AddDays(-10));
        var aftercareGoal = events.Goal(aftercare, "Own flat");
        var mentor = events.Intervention(aftercare, "mentor", today.AddDays(-5), null, aftercareGoal.GoalId);
        var contact = events.Contact(aftercare, now.AddDays(-2), "aftercare", "employment");
        var endInternship = events.EndIntervention(internship, today.AddDays(-1));
        var closeSocial = events.Close(social);
        // GoalProgressRecorded needs its place in the case's sequence: take the one after the goal's.
        progress = progress with { Sequence = 100 };
        return new Scenario(events, employment,
            [social, socialGoal, employmentGoal, lonelyGoal, foster, internship, progress, aftercare, aftercareGoal, mentor, contact, endInternship, closeSocial]);
    }

    private async Task<string> FinalStateAsync(Scenario scenario, IEnumerable<ICitizenEvent> delivery)
    {
        await factory.DeliverAsync(scenario.Seed);
        using var reader = factory.ReaderWith(TestSecrets.Caseworker("cw-41", "employment"));
        await CoordinationFactory.GiveConsentAsync(reader, scenario.Events.CitizenId, "social", "employment", "aftercare");
        await factory.DeliverAsync(delivery.ToArray());

        var view = await CoordinationFactory.JsonAsync(await reader.GetAsync($"/api/citizens/{scenario.Events.CitizenId}"));
        var plan = await CoordinationFactory.JsonAsync(await reader.GetAsync($"/api/citizens/{scenario.Events.CitizenId}/plan"));
        var timeline = await CoordinationFactory.JsonAsync(await reader.GetAsync($"/api/citizens/{scenario.Events.CitizenId}/timeline?limit=200"));

        var centres = view.GetProperty("centres").EnumerateArray()
            .Select(c => $"{c.GetProperty("department")}:{c.GetProperty("caseType")}:{c.GetProperty("caseworkerId")}:{c.GetProperty("status")}").Order();
        var departments = plan.GetProperty("departments").EnumerateArray().Select(d =>
            $"{d.GetProperty("department")}[goals:{string.Join("|", d.GetProperty("goals").EnumerateArray().Select(g => $"{g.GetProperty("text")}@{g.GetProperty("currentLevel")}").Order())}]" +
            $"[interventions:{string.Join("|", d.GetProperty("interventions").EnumerateArray().Select(i => $"{i.GetProperty("type")}/{i.GetProperty("endedOn")}").Order())}]");
        var findings = plan.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("kind").GetString()).Order();
        return string.Join("\n",
            $"cross={view.GetProperty("crossDepartmental")}",
            $"centres={string.Join(",", centres)}",
            $"lead={view.GetProperty("lead").GetProperty("caseworkerId")}",
            $"plan={plan.GetProperty("status")} {string.Join(" ", departments)}",
            $"nextFollowUpOn={plan.GetProperty("nextFollowUpOn")}",
            $"findings={string.Join(",", findings)}",
            $"timeline={timeline.GetProperty("entries").GetArrayLength()}");
    }

    [Fact]
    public async Task Events_delivered_twice_and_shuffled_give_the_same_final_state_as_in_order()
    {
        var inOrder = Build("010180-8001");
        var expected = await FinalStateAsync(inOrder, inOrder.Rest);

        var shuffled = Build("020280-8002");
        var twice = shuffled.Rest.Concat(shuffled.Rest).ToArray();
        new Random(4).Shuffle(twice);
        var actual = await FinalStateAsync(shuffled, twice);

        Assert.Equal(expected, actual);
        Assert.Contains("lead=cw-41", expected);
        Assert.Contains("goal-without-intervention", expected);
        // Issue 13: another centre's closed case is no longer shown, even to the lead.
        Assert.DoesNotContain("social:placement:cw-17:closed", expected);
        Assert.Contains("employment[goals:Back to work@2|Driving licence@3]", expected);
    }
}
