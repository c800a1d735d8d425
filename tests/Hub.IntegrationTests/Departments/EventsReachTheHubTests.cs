using System.Net;
using System.Net.Http.Json;
using Hub.Contracts.Cases;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Departments;

/// <summary>One test per centre event type: from the department endpoint, through the outbox and the bus, onto the hub's timeline.</summary>
public sealed class EventsReachTheHubTests(HubFactory factory) : IClassFixture<HubFactory>
{
    private ITestHarness Harness => factory.Services.GetTestHarness();

    [Fact]
    public async Task Case_opened_reaches_the_hub()
    {
        using var social = new DepartmentClient(factory, "social");
        var cpr = TestCpr.Adult();
        await social.OpenCaseAsync(cpr, "adult-support");
        var entry = await social.TimelineEntryAsync(cpr, "case-opened");
        Assert.Equal("social", entry.GetProperty("department").GetString());
    }

    [Fact]
    public async Task Case_closed_reaches_the_hub()
    {
        using var employment = new DepartmentClient(factory, "employment");
        var cpr = TestCpr.Adult();
        var caseId = await employment.OpenCaseAsync(cpr, "cash-benefit");
        Assert.Equal(HttpStatusCode.OK, (await employment.Http.PostAsJsonAsync($"/api/employment/cases/{caseId}/close", new { reason = "job" })).StatusCode);
        await employment.TimelineEntryAsync(cpr, "case-closed");
    }

    [Fact]
    public async Task Caseworker_changed_reaches_the_hub()
    {
        using var aftercare = new DepartmentClient(factory, "aftercare");
        var cpr = TestCpr.Adult();
        var caseId = await aftercare.OpenCaseAsync(cpr, "contact-person");
        var changed = await aftercare.Http.PutAsJsonAsync($"/api/aftercare/cases/{caseId}/caseworker", new { caseworkerId = "cw-77", caseworkerName = "Bo" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var entry = await aftercare.TimelineEntryAsync(cpr, "caseworker-changed");
        Assert.Contains("cw-77", entry.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task Intervention_added_reaches_the_hub_with_the_next_sequence()
    {
        using var social = new DepartmentClient(factory, "social");
        var cpr = TestCpr.Adult();
        var caseId = await social.OpenCaseAsync(cpr, "family-support");
        await social.PostForIdAsync($"/cases/{caseId}/interventions",
            new { type = "family-treatment", legalBasis = "Barnets Lov § 32", startsOn = "2026-01-05", plannedEndOn = "2026-07-05" }, "interventionId");
        var entry = await social.TimelineEntryAsync(cpr, "intervention-added");
        Assert.Equal(2, entry.GetProperty("sequence").GetInt64());
        Assert.Contains("family-treatment", entry.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task Intervention_ended_reaches_the_hub()
    {
        using var employment = new DepartmentClient(factory, "employment");
        var cpr = TestCpr.Adult();
        var caseId = await employment.OpenCaseAsync(cpr, "resource-programme");
        var interventionId = await employment.PostForIdAsync($"/cases/{caseId}/interventions",
            new { type = "mentor", legalBasis = "LAB § 31", startsOn = "2026-02-01" }, "interventionId");
        var ended = await employment.Http.PostAsJsonAsync($"/api/employment/cases/{caseId}/interventions/{interventionId}/end",
            new { endedOn = "2026-03-01", reason = "goal reached" });
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        await employment.TimelineEntryAsync(cpr, "intervention-ended");
    }

    [Fact]
    public async Task Goal_set_reaches_the_hub()
    {
        using var aftercare = new DepartmentClient(factory, "aftercare");
        var cpr = TestCpr.Adult();
        var caseId = await aftercare.OpenCaseAsync(cpr, "housing-support");
        await aftercare.PostForIdAsync($"/cases/{caseId}/goals",
            new { text = "Keeps own flat", fsiiiCondition = "bolig", currentLevel = 3, targetLevel = 1 }, "goalId");
        var entry = await aftercare.TimelineEntryAsync(cpr, "goal-set");
        Assert.Contains("Keeps own flat", entry.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task Goal_progress_reaches_the_hub()
    {
        using var social = new DepartmentClient(factory, "social");
        var cpr = TestCpr.Adult();
        var caseId = await social.OpenCaseAsync(cpr, "adult-support");
        var goalId = await social.PostForIdAsync($"/cases/{caseId}/goals", new { text = "Shops alone", currentLevel = 3 }, "goalId");
        var progress = await social.Http.PostAsJsonAsync($"/api/social/cases/{caseId}/goals/{goalId}/progress", new { currentLevel = 2, note = "better" });
        Assert.Equal(HttpStatusCode.OK, progress.StatusCode);
        var entry = await social.TimelineEntryAsync(cpr, "goal-progress");
        Assert.Contains("level 2", entry.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task Contact_recorded_reaches_the_hub()
    {
        using var employment = new DepartmentClient(factory, "employment");
        var cpr = TestCpr.Adult();
        var caseId = await employment.OpenCaseAsync(cpr, "job-clarification");
        await employment.PostForIdAsync($"/cases/{caseId}/contacts",
            new { kind = "network-meeting", at = "2026-03-02T10:00:00+01:00", participants = new[] { "social" } }, "contactId");
        var entry = await employment.TimelineEntryAsync(cpr, "contact");
        Assert.Contains("network-meeting", entry.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task Notification_received_reaches_the_hub_before_any_case_exists()
    {
        using var social = new DepartmentClient(factory, "social");
        var cpr = TestCpr.BornOn(new DateOnly(2015, 4, 3));
        await social.PostForIdAsync("/notifications", new { cpr, receivedAt = "2026-03-01T08:00:00+01:00", source = "school" }, "notificationId");
        var entry = await social.TimelineEntryAsync(cpr, "notification-received");
        Assert.Equal(1, entry.GetProperty("sequence").GetInt64());
    }

    [Fact]
    public async Task Notification_assessed_reaches_the_hub()
    {
        using var social = new DepartmentClient(factory, "social");
        var cpr = TestCpr.BornOn(new DateOnly(2016, 6, 7));
        var caseId = await social.OpenCaseAsync(cpr, "child-welfare");
        var notificationId = await social.PostForIdAsync("/notifications",
            new { cpr, receivedAt = "2026-03-01T08:00:00+01:00", caseId }, "notificationId");
        var assessed = await social.Http.PostAsJsonAsync($"/api/social/notifications/{notificationId}/assess",
            new { assessedAt = "2026-03-01T20:00:00+01:00", outcome = "investigation started" });
        Assert.Equal(HttpStatusCode.OK, assessed.StatusCode);
        var entry = await social.TimelineEntryAsync(cpr, "notification-assessed");
        Assert.Equal(2, entry.GetProperty("sequence").GetInt64());
    }

    [Fact]
    public async Task A_placement_of_a_young_person_nearing_18_reports_approaching_adulthood_to_the_hub()
    {
        using var social = new DepartmentClient(factory, "social");
        var turnsEighteenOn = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(5);
        var cpr = TestCpr.BornOn(turnsEighteenOn.AddYears(-18));
        var caseId = await social.OpenCaseAsync(cpr, "placement");
        var entry = await social.TimelineEntryAsync(cpr, "approaching-adulthood");
        Assert.Contains($"{turnsEighteenOn:yyyy-MM-dd}", entry.GetProperty("summary").GetString());
        Assert.True(await Harness.ConsumedAsync<YoungPersonApproachingAdulthood>(e => e.CaseId == caseId && e.Sequence == 2 && e.TurnsEighteenOn == turnsEighteenOn));
    }

    [Fact]
    public async Task A_placement_of_a_young_child_or_a_non_placement_case_reports_nothing_yet()
    {
        using var social = new DepartmentClient(factory, "social");
        var child = await social.OpenCaseAsync(TestCpr.BornOn(DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-10)), "placement");
        var nearing = await social.OpenCaseAsync(TestCpr.BornOn(DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-18).AddMonths(3)), "family-support");
        Assert.True(await Harness.NothingPublishedAsync<YoungPersonApproachingAdulthood>(e => e.CaseId == child || e.CaseId == nearing));
    }
}
