using Hub.Persistence;

namespace Hub.Coordination.Citizens;

/// <summary>Reads for the unified view. Consent, lead, plan and alerts join here as the hub grows them.</summary>
public static class CitizenQueries
{
    public static async Task<bool> ExistsAsync(UnitOfWork work, string citizenId) =>
        await work.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM citizens WHERE citizen_id = @CitizenId", new { CitizenId = citizenId }) > 0;

    public static async Task<CitizenView?> ViewAsync(UnitOfWork work, string citizenId)
    {
        var cross = await work.QuerySingleOrDefaultAsync<long?>(
            "SELECT cross_departmental FROM citizens WHERE citizen_id = @CitizenId", new { CitizenId = citizenId });
        if (cross is null)
        {
            return null;
        }

        var centres = await work.QueryAsync<CentreCase>(
            """
            SELECT department AS Department, case_id AS CaseId, case_type AS CaseType, caseworker_id AS CaseworkerId,
                   caseworker_name AS CaseworkerName, CASE WHEN opened_seen = 0 AND status = 'open' THEN 'pending' ELSE status END AS Status,
                   opened_at AS OpenedAt
            FROM hub_cases WHERE citizen_id = @CitizenId ORDER BY department, opened_at
            """,
            new { CitizenId = citizenId });
        return new CitizenView(citizenId, cross != 0, centres.ToList(), new ConsentStatus("none"), null, null, []);
    }
}
