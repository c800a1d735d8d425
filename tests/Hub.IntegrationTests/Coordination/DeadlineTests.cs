using System.Globalization;
using System.Net.Http.Json;
using Hub.Testing;
using Hub.Testing.Coordination;

namespace Hub.IntegrationTests.Coordination;

/// <summary>
/// One test per deadline: the alert is absent just before the deadline and open just after it, with the
/// clock set by the fake TimeProvider and one evaluation pass run by hand. Every instant is derived from the
/// deadline itself (a duration, or calendar months with <c>AddMonths</c>), never from a count of days: the
/// class shares one clock that each test moves on, so a test cannot know which date it starts on. Alerts are
/// read from the database, since the tokens would expire on a clock moved by months.
/// </summary>
public sealed class DeadlineTests(CoordinationFactory factory) : IClassFixture<CoordinationFactory>
{
    private static readonly TimeSpan Margin = TimeSpan.FromDays(1);

    private DateTimeOffset Now => factory.Clock.GetUtcNow();

    private async Task AssertAcrossAsync(string citizenId, string kind, DateTimeOffset justBefore, DateTimeOffset justAfter)
    {
        factory.Clock.SetUtcNow(justBefore);
        await factory.EvaluateDeadlinesAsync();
        Assert.DoesNotContain(kind, await factory.OpenAlertKindsAsync(citizenId));

        factory.Clock.SetUtcNow(justAfter);
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
        var due = received.ReceivedAt + TimeSpan.FromHours(24);
        await AssertAcrossAsync(events.CitizenId, "notification-not-assessed", due - TimeSpan.FromHours(1), due + TimeSpan.FromHours(1));

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
        var due = received.ReceivedAt + TimeSpan.FromDays(42);
        await AssertAcrossAsync(events.CitizenId, "notification-without-intervention", due - Margin, due + Margin);

        await factory.DeliverAsync(events.Intervention(social, "family-treatment", DateOnly.FromDateTime(Now.UtcDateTime)));
        await factory.EvaluateDeadlinesAsync();
        Assert.DoesNotContain("notification-without-intervention", await factory.OpenAlertKindsAsync(events.CitizenId));
    }

    /// <summary>
    /// Four calendar months span 120 to 123 days, so the cases are chosen where the count differs: month ends
    /// clamped into February (a leap one too), 31 December into April, 29 February, and 1 May, whose four
    /// months are 123 days (a test that advanced 118 + 5 days hit exactly the deadline there, and failed).
    /// </summary>
    [Theory]
    [InlineData("310101-3101", "10-31", "02-28", false, 120)]
    [InlineData("310101-3102", "10-31", "02-29", true, 121)]
    [InlineData("310101-3103", "12-31", "04-30", false, 120)]
    [InlineData("310101-3104", "02-29", "06-29", true, 121)]
    [InlineData("310101-3105", "05-01", "09-01", false, 123)]
    [InlineData("310101-3106", "08-31", "12-31", false, 122)]
    public async Task A_child_welfare_investigation_open_past_four_months(string cpr, string openedOn, string dueOn, bool leapYearDue, int days)
    {
        var (opened, due) = NextOpening(openedOn, dueOn, leapYearDue);
        Assert.Equal(due, opened.AddMonths(4)); // the case is what the calendar says, on the date it starts
        Assert.Equal(days, (due - opened).TotalDays);

        factory.Clock.SetUtcNow(opened);
        var events = new CitizenEvents(cpr, opened);
        await factory.DeliverAsync(events.Open("social", "child-welfare", "cw-6-" + cpr[^1], opened));
        await AssertAcrossAsync(events.CitizenId, "child-welfare-investigation-overdue", due - Margin, due + Margin);
        Assert.Equal(due, await DueAtAsync(events.CitizenId, "child-welfare-investigation-overdue"));
    }

    [Fact]
    public async Task A_child_welfare_investigation_opened_now_is_due_four_calendar_months_later()
    {
        var opened = Now;
        var events = new CitizenEvents("030303-0303", opened);
        await factory.DeliverAsync(events.Open("social", "child-welfare", "cw-6", opened));
        await AssertAcrossAsync(events.CitizenId, "child-welfare-investigation-overdue", opened.AddMonths(4) - Margin, opened.AddMonths(4) + Margin);
    }

    /// <summary>
    /// The first opening after the clock on the given month and day, at 09:00 UTC, whose due date falls in a year
    /// that is (or is not) a leap year, and that due date.
    /// </summary>
    private (DateTimeOffset Opened, DateTimeOffset Due) NextOpening(string openedOn, string dueOn, bool leapYearDue)
    {
        var (openedMonth, openedDay) = MonthDay(openedOn);
        var (dueMonth, dueDay) = MonthDay(dueOn);
        for (var year = Now.Year; ; year++)
        {
            if (openedDay > DateTime.DaysInMonth(year, openedMonth)) continue;
            var dueYear = dueMonth > openedMonth ? year : year + 1;
            if (DateTime.IsLeapYear(dueYear) != leapYearDue || dueDay > DateTime.DaysInMonth(dueYear, dueMonth)) continue;
            var opened = new DateTimeOffset(year, openedMonth, openedDay, 9, 0, 0, TimeSpan.Zero);
            if (opened > Now) return (opened, new DateTimeOffset(dueYear, dueMonth, dueDay, 9, 0, 0, TimeSpan.Zero));
        }
    }

    private static (int Month, int Day) MonthDay(string monthDay)
    {
        var parts = monthDay.Split('-');
        return (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    private async Task<DateTimeOffset> DueAtAsync(string citizenId, string kind)
    {
        await using var connection = await factory.HubDatabase.OpenAsync();
        return await Dapper.SqlMapper.ExecuteScalarAsync<DateTimeOffset>(connection,
            "SELECT due_at FROM alerts WHERE citizen_id = @CitizenId AND kind = @Kind AND resolved_at IS NULL", new { CitizenId = citizenId, Kind = kind });
    }

    [Fact]
    public async Task No_follow_up_within_three_months_of_the_last_contact_for_a_coordinated_citizen()
    {
        var events = new CitizenEvents("040404-0404", Now);
        var social = events.Open("social", "placement", "cw-7");
        await factory.DeliverAsync(social, events.Open("employment", "cash-benefit", "cw-8"));
        using var caseworker = factory.ReaderWith(TestSecrets.Caseworker("cw-7", "social"));
        await CoordinationFactory.GiveConsentAsync(caseworker, events.CitizenId, "social", "employment");
        var contact = Now;
        await factory.DeliverAsync(events.Contact(social, contact, "social", "employment"));

        // Due on the day three calendar months after the contact; overdue from the next day.
        var due = contact.AddMonths(3);
        await AssertAcrossAsync(events.CitizenId, "follow-up-overdue", due - Margin, due + Margin);

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
        // Due on the day six calendar months before the 18th birthday, which is not always ten days from today.
        var due = new DateTimeOffset(eighteen.AddMonths(-6).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        await AssertAcrossAsync(events.CitizenId, "aftercare-not-planned", due - Margin, due);

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
