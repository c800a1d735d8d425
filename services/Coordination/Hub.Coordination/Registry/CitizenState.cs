using Hub.Contracts.Coordination;
using Hub.Persistence;

namespace Hub.Coordination.Registry;

/// <summary>
/// Decides, after each case event, whether the citizen is cross-departmental (active cases in two or
/// more centres), and tells the other services through the outbox when that changes.
/// </summary>
public static class CitizenState
{
    public static async Task<IReadOnlyList<string>> ActiveDepartmentsAsync(UnitOfWork work, string citizenId) =>
        (await work.QueryAsync<string>(
            "SELECT DISTINCT department FROM hub_cases WHERE citizen_id = @CitizenId AND opened_seen = 1 AND status = 'open' ORDER BY department",
            new { CitizenId = citizenId })).ToList();

    public static async Task RecomputeAsync(UnitOfWork work, string citizenId, DateTimeOffset now)
    {
        var departments = await ActiveDepartmentsAsync(work, citizenId);
        var cross = departments.Count >= 2;
        var stored = await work.QuerySingleOrDefaultAsync<long?>(
            "SELECT cross_departmental FROM citizens WHERE citizen_id = @CitizenId", new { CitizenId = citizenId });
        bool? wasCross = stored is null ? null : stored != 0;

        if (wasCross is null)
        {
            await work.ExecuteAsync(
                """
                INSERT INTO citizens (citizen_id, first_seen_at, cross_departmental, cross_since, updated_at)
                VALUES (@CitizenId, @Now, @Cross, @CrossSince, @Now)
                """,
                new { CitizenId = citizenId, Now = now, Cross = cross, CrossSince = cross ? now : (DateTimeOffset?)null });
        }
        else if (wasCross != cross)
        {
            await work.ExecuteAsync(
                "UPDATE citizens SET cross_departmental = @Cross, cross_since = @CrossSince, updated_at = @Now WHERE citizen_id = @CitizenId",
                new { CitizenId = citizenId, Now = now, Cross = cross, CrossSince = cross ? now : (DateTimeOffset?)null });
        }

        if (cross && wasCross != true)
        {
            var became = new CitizenBecameCrossDepartmental(Guid.CreateVersion7(), citizenId, departments, now);
            await work.PublishAsync(became, became.EventId);
        }
        else if (!cross && wasCross == true)
        {
            var ended = new CitizenNoLongerCrossDepartmental(Guid.CreateVersion7(), citizenId, departments, now);
            await work.PublishAsync(ended, ended.EventId);
        }
    }
}
