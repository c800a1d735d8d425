using System.Net.Http.Json;
using Hub.Testing;
using Hub.Testing.Coordination;

namespace Hub.IntegrationTests.Coordination;

/// <summary>
/// One test per deadline: the alert is absent just before the deadline and open just after it, with the
/// clock moved by the fake TimeProvider and one evaluation pass run by hand. Alerts are read from the
/// database, since the tokens would expire on a clock moved by months.
/// </summary>
public sealed class DeadlineTests(CoordinationFactory factory) : IClassFixture<CoordinationFactory>
{
    private DateTimeOffset Now => factory.Clock.GetUtcNow();

    private async Task AssertAcrossAsync(string citizenId, string kind, TimeSpan untilJustBefore, TimeSpan step)
    {
        factory.Clock.Advance(untilJustBefore);
        await factory.EvaluateDeadlinesAsync();
        Assert.DoesNotContain(kind, await factory.OpenAlertKindsAsync(citizenId));

        factory.Clock.Advance(step);
        await factory.EvaluateDeadlinesAsync();
        await factory.EvaluateDeadlinesAsync(); // a second pass changes nothing
        Assert.Equal(1, (await factory.OpenAlertKindsAsync(citizenId)).Count(k => k == kind));
    }

    [Fact]
    public async Task A_notification_not_assessed_within_24_hours()
    {
        var events = new CitizenEvents("010101-0101", Now);
        var received = events.Notification(Now);
        await factory.DeliverAsync(received);
        await AssertAcrossAsync(events.CitizenId, "notification-not-assessed", TimeSpan.FromHours(23), TimeSpan.FromHours(2));

        await factory.DeliverAsync(events.Assess(received, Now));
        await factory.EvaluateDeadlinesAsync();
        Assert.DoesNotContain("notification-not-assessed", await factory.OpenAlertKindsAsync(events.CitizenId));
    }

    [Fact]
    public async Task More_than_six_weeks_from_notification_to_an_intervention_started()
    {
        var events = new CitizenEvents("020202-0202", Now);
        var social = events.Open("social", "child-welfare", "cw-5");
        var received = events.Notification(Now);
        await factory.DeliverAsync(social, received, events.Assess(received, Now));
        await AssertAcrossAsync(events.CitizenId, "notification-without-intervention", TimeSpan.FromDays(41), TimeSpan.FromDays(2));

        await factory.DeliverAsync(events.Intervention(social, "family-treatment", DateOnly.FromDateTime(Now.UtcDateTime)));
        await factory.EvaluateDeadlinesAsync();
        Assert.DoesNotContain("notification-without-intervention", await factory.OpenAlertKindsAsync(events.CitizenId));
    }

    [Fact]
    public async Task A_child_welfare_investigation_open_past_four_months()
    {
        var events = new CitizenEvents("030303-0303", Now);
        await factory.DeliverAsync(events.Open("social", "child-welfare", "cw-6", Now));
        await AssertAcrossAsync(events.CitizenId, "child-welfare-investigation-overdue", TimeSpan.FromDays(118), TimeSpan.FromDays(5));
    }

    [Fact]
    public async Task No_follow_up_within_three_months_of_the_last_contact_for_a_coordinated_citizen()
    {
        var events = new CitizenEvents("040404-0404", Now);
        var social = events.Open("social", "placement", "cw-7");
        await factory.DeliverAsync(social, events.Open("employment", "cash-benefit", "cw-8"));
        using var caseworker = factory.ReaderWith(TestSecrets.Caseworker("cw-7", "social"));
        await CoordinationFactory.GiveConsentAsync(caseworker, events.CitizenId, "social", "employment");
        await factory.DeliverAsync(events.Contact(social, Now, "social", "employment"));

        await AssertAcrossAsync(events.CitizenId, "follow-up-overdue", TimeSpan.FromDays(88), TimeSpan.FromDays(5));

        events.Now = Now;
        await factory.DeliverAsync(events.Contact(social, Now));
        await factory.EvaluateDeadlinesAsync();
        Assert.DoesNotContain("follow-up-overdue", await factory.OpenAlertKindsAsync(events.CitizenId));
    }

    [Fact]
    public async Task A_young_person_in_placement_reaching_17_and_a_half_without_aftercare_planning()
    {
        var events = new CitizenEvents("050505-0505", Now);
        var placement = events.Open("social", "placement", "cw-9");
        var eighteen = DateOnly.FromDateTime(Now.UtcDateTime).AddMonths(6).AddDays(10);
        await factory.DeliverAsync(placement, events.ApproachingAdulthood(placement, eighteen));
        await AssertAcrossAsync(events.CitizenId, "aftercare-not-planned", TimeSpan.FromDays(8), TimeSpan.FromDays(3));

        await factory.DeliverAsync(events.Open("aftercare", "contact-person", "cw-10"));
        await factory.EvaluateDeadlinesAsync();
        Assert.DoesNotContain("aftercare-not-planned", await factory.OpenAlertKindsAsync(events.CitizenId));
    }

    [Fact]
    public async Task An_expired_consent_ends_sharing_on_the_next_pass_without_any_event()
    {
        var events = new CitizenEvents("060606-0606", Now);
        await factory.DeliverAsync(events.Open("social", "placement", "cw-11"), events.Open("employment", "cash-benefit", "cw-12"));
        using var caseworker = factory.ReaderWith(TestSecrets.Caseworker("cw-11", "social"));
        var tomorrow = DateOnly.FromDateTime(Now.UtcDateTime).AddDays(1);
        var given = await caseworker.PostAsJsonAsync($"/api/citizens/{events.CitizenId}/consents",
            new { scope = new[] { "social", "employment" }, purpose = "plan", expiresOn = tomorrow, evidence = CoordinationFactory.Evidence });
        Assert.Equal(System.Net.HttpStatusCode.Created, given.StatusCode);
        Assert.Equal(1, await LeadsAsync(events.CitizenId));

        factory.Clock.Advance(TimeSpan.FromDays(1));
        await factory.EvaluateDeadlinesAsync();
        Assert.Equal(1, await LeadsAsync(events.CitizenId));

        factory.Clock.Advance(TimeSpan.FromDays(1));
        await factory.EvaluateDeadlinesAsync();
        Assert.Equal(0, await LeadsAsync(events.CitizenId));
    }

    private async Task<long> LeadsAsync(string citizenId)
    {
        await using var connection = await factory.HubDatabase.OpenAsync();
        return await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, "SELECT COUNT(*) FROM leads WHERE citizen_id = @CitizenId", new { CitizenId = citizenId });
    }
}
