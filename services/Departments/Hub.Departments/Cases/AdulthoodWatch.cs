using Hub.Contracts.Cases;
using Hub.Persistence;
using Hub.ServiceDefaults.Privacy;

namespace Hub.Departments.Cases;

/// <summary>
/// Derives "a young person in placement nears 18" from the case itself, so no centre system has to
/// remember to report it. The birth date comes from the CPR at ingest; only the 18th birthday is kept.
/// </summary>
public static class AdulthoodWatch
{
    public static async Task OnOpenedAsync(WriteUnit work, DepartmentProfile profile, CaseRecord opened, string cpr, DateTimeOffset now)
    {
        if (!profile.PlacementCaseTypes.Contains(opened.CaseType, StringComparer.Ordinal)) return;
        if (Cpr.Normalize(cpr) is not { } digits || Cpr.BirthDate(digits) is not { } born) return;
        var turnsEighteenOn = born.AddYears(18);
        if (turnsEighteenOn <= Today(now)) return;

        await work.ExecuteAsync("UPDATE cases SET turns_eighteen_on = @TurnsEighteenOn WHERE case_id = @CaseId",
            new { TurnsEighteenOn = turnsEighteenOn, opened.CaseId });
        if (turnsEighteenOn <= NoticeHorizon(profile, now))
        {
            await ReportAsync(work, profile.Key, opened.CaseId, opened.CitizenId, turnsEighteenOn, now);
        }
    }

    /// <summary>Reports every open placement case that has come within the notice window since it was opened.</summary>
    public static async Task<int> ReportDueAsync(ModuleDatabase database, DepartmentProfile profile, DateTimeOffset now, CancellationToken ct)
    {
        return await database.WriteAsync(async work =>
        {
            var due = (await work.QueryAsync<DueCase>(
                """
                SELECT case_id AS CaseId, citizen_id AS CitizenId, turns_eighteen_on AS TurnsEighteenOn FROM cases
                WHERE status = 'open' AND turns_eighteen_on IS NOT NULL AND adulthood_reported_at IS NULL
                  AND turns_eighteen_on <= @Horizon AND turns_eighteen_on > @Today
                """,
                new { Horizon = NoticeHorizon(profile, now), Today = Today(now) })).ToList();
            foreach (var young in due)
            {
                await ReportAsync(work, profile.Key, young.CaseId, young.CitizenId, young.TurnsEighteenOn, now);
            }

            return due.Count;
        }, ct);
    }

    private static async Task ReportAsync(WriteUnit work, string department, Guid caseId, string citizenId, DateOnly turnsEighteenOn, DateTimeOffset now)
    {
        // Claimed by the update itself: another instance's sweep that read the same case finds it reported and publishes nothing.
        var claimed = await work.ExecuteAsync(
            "UPDATE cases SET adulthood_reported_at = @Now WHERE case_id = @CaseId AND adulthood_reported_at IS NULL", new { Now = now, CaseId = caseId });
        if (claimed == 0) return;
        var sequence = await CaseStore.NextSequenceAsync(work, caseId);
        var approaching = new YoungPersonApproachingAdulthood(Guid.CreateVersion7(), department, caseId, citizenId, sequence, now, turnsEighteenOn);
        await work.PublishAsync(approaching, approaching.EventId);
    }

    private static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime);

    private static DateOnly NoticeHorizon(DepartmentProfile profile, DateTimeOffset now) => Today(now).AddMonths(profile.AdulthoodNoticeMonths);

    private sealed class DueCase
    {
        public Guid CaseId { get; init; }
        public string CitizenId { get; init; } = "";
        public DateOnly TurnsEighteenOn { get; init; }
    }
}
