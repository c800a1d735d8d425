using Hub.Persistence;

namespace Hub.Coordination.Registry;

/// <summary>
/// A citizen's active cases (the <c>active_cases</c> view: opened and not closed), read once per unit of
/// work and handed to everything that decides from them. The citizen is cross-departmental when they
/// span two or more departments.
/// </summary>
public sealed class ActiveCases
{
    private ActiveCases(IReadOnlyList<ActiveCase> cases)
    {
        Cases = cases;
        Departments = cases.Select(c => c.Department).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<ActiveCase> Cases { get; }

    /// <summary>The departments with at least one active case, in ordinal order.</summary>
    public IReadOnlyList<string> Departments { get; }

    public bool IsCrossDepartmental => Departments.Count >= 2;

    public static async Task<ActiveCases> ReadAsync(ReadUnit work, string citizenId) => new((await work.QueryAsync<ActiveCase>(
        """
        SELECT c.case_id AS CaseId, c.department AS Department, c.case_type AS CaseType, c.caseworker_id AS CaseworkerId, c.opened_at AS OpenedAt,
               (SELECT COUNT(*) FROM active_cases o WHERE o.department = c.department AND o.caseworker_id = c.caseworker_id) AS Caseload
        FROM active_cases c
        WHERE c.citizen_id = @CitizenId
        ORDER BY c.opened_at, c.case_id
        """,
        new { CitizenId = citizenId })).ToList());
}
