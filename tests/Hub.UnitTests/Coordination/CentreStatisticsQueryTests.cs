using Hub.Coordination.Stats;
using Hub.UnitTests.Persistence;

namespace Hub.UnitTests.Coordination;

/// <summary>The centre figures are aggregated in SQL; these rows make every median and share checkable by hand.</summary>
public sealed class CentreStatisticsQueryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Day = new(2026, 1, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly SqliteModule _db = new();

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task Medians_of_even_and_odd_counts_the_share_within_the_deadline_and_coordinated_citizens_per_department()
    {
        await _db.Database.WriteAsync(async work =>
        {
            // Social: 4 and 10 days to the first intervention (median 7), one never started and past the deadline, one too recent to judge.
            await Notification(work, "c-a", "social", Day);
            await Intervention(work, "c-a", "social", DateOnly.FromDateTime(Day.AddDays(-3).UtcDateTime));
            await Intervention(work, "c-a", "social", DateOnly.FromDateTime(Day.AddDays(4).UtcDateTime));
            await Intervention(work, "c-a", "social", DateOnly.FromDateTime(Day.AddDays(8).UtcDateTime));
            await Notification(work, "c-b", "social", Day.AddDays(10));
            await Intervention(work, "c-b", "social", DateOnly.FromDateTime(Day.AddDays(20).UtcDateTime));
            await Notification(work, "c-c", "social", Day.AddDays(-100));
            await Notification(work, "c-d", "social", Day.AddDays(99));

            // Gaps within each case: 10 and 3 days on one, 30 on another (median 10); half a day in employment.
            var first = Guid.NewGuid();
            var second = Guid.NewGuid();
            await Contact(work, "social", first, Day);
            await Contact(work, "social", first, Day.AddDays(10));
            await Contact(work, "social", first, Day.AddDays(13));
            await Contact(work, "social", second, Day);
            await Contact(work, "social", second, Day.AddDays(30));
            var employment = Guid.NewGuid();
            await Contact(work, "employment", employment, Day);
            await Contact(work, "employment", employment, Day.AddHours(12));

            // One coordinated citizen with active cases in social and employment; a closed case counts for nothing.
            await Case(work, "c-a", "social", "open");
            await Case(work, "c-a", "employment", "open");
            await Case(work, "c-a", "aftercare", "closed");
            await work.ExecuteAsync(
                "INSERT INTO combined_plans (citizen_id, status, version, citizen_goals, shared_goals, created_at, updated_at) VALUES ('c-a', 'active', 1, '[]', '[]', @Day, @Day)",
                new { Day });
        });

        var figures = (await _db.Database.ReadAsync(read => CentreStatisticsQuery.ReadAsync(read, TimeSpan.FromDays(42), Day.AddDays(100))))
            .ToDictionary(f => f.Department);

        Assert.Equal(7, figures["social"].MedianDaysNotificationToIntervention);
        Assert.Equal(2.0 / 3, figures["social"].ShareWithinDeadline!.Value, precision: 9);
        Assert.Equal(10, figures["social"].MedianDaysBetweenContacts!.Value, precision: 6);
        Assert.Equal(0.5, figures["employment"].MedianDaysBetweenContacts!.Value, precision: 6);
        Assert.Null(figures["employment"].MedianDaysNotificationToIntervention);
        Assert.Null(figures["employment"].ShareWithinDeadline);
        Assert.Equal(1, figures["social"].CoordinatedCitizens);
        Assert.Equal(1, figures["employment"].CoordinatedCitizens);
        Assert.Equal(0, figures["aftercare"].CoordinatedCitizens);
        Assert.Null(figures["aftercare"].MedianDaysBetweenContacts);
    }

    private static Task Notification(Hub.Persistence.WriteUnit work, string citizenId, string department, DateTimeOffset receivedAt) => work.ExecuteAsync(
        "INSERT INTO notifications (notification_id, citizen_id, department, received_at) VALUES (@Id, @CitizenId, @Department, @ReceivedAt)",
        new { Id = Guid.NewGuid(), CitizenId = citizenId, Department = department, ReceivedAt = receivedAt });

    private static Task Intervention(Hub.Persistence.WriteUnit work, string citizenId, string department, DateOnly startsOn) => work.ExecuteAsync(
        "INSERT INTO plan_interventions (intervention_id, citizen_id, department, case_id, starts_on, added_seen) VALUES (@Id, @CitizenId, @Department, @CaseId, @StartsOn, 1)",
        new { Id = Guid.NewGuid(), CitizenId = citizenId, Department = department, CaseId = Guid.NewGuid(), StartsOn = startsOn });

    private static Task Contact(Hub.Persistence.WriteUnit work, string department, Guid caseId, DateTimeOffset at) => work.ExecuteAsync(
        "INSERT INTO contacts (contact_id, citizen_id, department, case_id, kind, at, participants) VALUES (@Id, 'c-x', @Department, @CaseId, 'meeting', @At, '')",
        new { Id = Guid.NewGuid(), Department = department, CaseId = caseId, At = at });

    private static Task Case(Hub.Persistence.WriteUnit work, string citizenId, string department, string status) => work.ExecuteAsync(
        "INSERT INTO hub_cases (case_id, department, citizen_id, status, opened_at, opened_seen) VALUES (@Id, @Department, @CitizenId, @Status, @Day, 1)",
        new { Id = Guid.NewGuid(), Department = department, CitizenId = citizenId, Status = status, Day });
}
