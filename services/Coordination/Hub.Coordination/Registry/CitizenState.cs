using Hub.Contracts.Coordination;
using Hub.Persistence;

namespace Hub.Coordination.Registry;

/// <summary>
/// Keeps the citizen's row and its cross-departmental flag in line with the active cases after each
/// event, and tells the other services through the outbox when the flag changes.
/// </summary>
public static class CitizenState
{
    public static async Task RecomputeAsync(WriteUnit work, string citizenId, ActiveCases active, DateTimeOffset now)
    {
        var cross = active.IsCrossDepartmental;
        var stored = await work.QuerySingleOrDefaultAsync<long?>(
            "SELECT cross_departmental FROM citizens WHERE citizen_id = @CitizenId", new { CitizenId = citizenId });
        bool? wasCross = stored is null ? null : stored != 0;
        var args = new { CitizenId = citizenId, Now = now, Cross = cross, CrossSince = cross ? now : (DateTimeOffset?)null };

        if (wasCross is null)
        {
            await work.ExecuteAsync(
                """
                INSERT INTO citizens (citizen_id, first_seen_at, cross_departmental, cross_since, updated_at)
                VALUES (@CitizenId, @Now, @Cross, @CrossSince, @Now)
                """, args);
        }
        else if (wasCross != cross)
        {
            await work.ExecuteAsync(
                "UPDATE citizens SET cross_departmental = @Cross, cross_since = @CrossSince, updated_at = @Now WHERE citizen_id = @CitizenId", args);
        }

        if (cross && wasCross != true)
        {
            var became = new CitizenBecameCrossDepartmental(Guid.CreateVersion7(), citizenId, active.Departments, now);
            await work.PublishAsync(became, became.EventId);
        }
        else if (!cross && wasCross == true)
        {
            var ended = new CitizenNoLongerCrossDepartmental(Guid.CreateVersion7(), citizenId, active.Departments, now);
            await work.PublishAsync(ended, ended.EventId);
        }
    }
}
