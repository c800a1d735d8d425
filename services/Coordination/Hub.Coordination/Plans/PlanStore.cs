using System.Text.Json;
using Hub.Persistence;

namespace Hub.Coordination.Plans;

public sealed class PlanHeader
{
    public string Status { get; set; } = "";
    public int Version { get; set; }
    public string CitizenGoals { get; set; } = "[]";
    public string SharedGoals { get; set; } = "[]";
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>Reads and writes of the plan tables; the rules live in <see cref="PlanService"/> and <see cref="PlanCoherence"/>.</summary>
public static class PlanStore
{
    public const string Active = "active";
    public const string Archived = "archived";

    public static Task<PlanHeader?> HeaderAsync(UnitOfWork work, string citizenId) => work.QuerySingleOrDefaultAsync<PlanHeader>(
        "SELECT status AS Status, version AS Version, citizen_goals AS CitizenGoals, shared_goals AS SharedGoals, created_at AS CreatedAt FROM combined_plans WHERE citizen_id = @CitizenId",
        new { CitizenId = citizenId });

    public static async Task<bool> IsActiveAsync(UnitOfWork work, string citizenId) =>
        await work.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM combined_plans WHERE citizen_id = @CitizenId AND status = 'active'", new { CitizenId = citizenId }) > 0;

    public static async Task<IReadOnlyList<PlanGoal>> GoalsAsync(UnitOfWork work, string citizenId) =>
        (await work.QueryAsync<PlanGoal>(
            """
            SELECT g.goal_id AS GoalId, g.department AS Department, g.case_id AS CaseId, g.text AS Text, g.fsiii_condition AS FsiiiCondition,
                   g.current_level AS CurrentLevel, g.target_level AS TargetLevel
            FROM plan_goals g JOIN hub_cases c ON c.case_id = g.case_id
            WHERE g.citizen_id = @CitizenId AND g.set_seen = 1 AND c.status = 'open'
            ORDER BY g.department, g.goal_id
            """, new { CitizenId = citizenId })).ToList();

    public static async Task<IReadOnlyList<PlanIntervention>> InterventionsAsync(UnitOfWork work, string citizenId) =>
        (await work.QueryAsync<InterventionRow>(
            """
            SELECT i.intervention_id AS InterventionId, i.department AS Department, i.case_id AS CaseId, i.type AS Type, i.legal_basis AS LegalBasis,
                   i.starts_on AS StartsOn, i.planned_end_on AS PlannedEndOn, i.ended_on AS EndedOn, i.description AS Description, i.goal_ids AS GoalIds
            FROM plan_interventions i JOIN hub_cases c ON c.case_id = i.case_id
            WHERE i.citizen_id = @CitizenId AND i.added_seen = 1 AND c.status = 'open'
            ORDER BY i.department, i.intervention_id
            """, new { CitizenId = citizenId }))
        .Select(r => new PlanIntervention
        {
            InterventionId = r.InterventionId, Department = r.Department, CaseId = r.CaseId, Type = r.Type, LegalBasis = r.LegalBasis,
            StartsOn = r.StartsOn, PlannedEndOn = r.PlannedEndOn, EndedOn = r.EndedOn, Description = r.Description,
            GoalIds = r.GoalIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList(),
        })
        .ToList();

    public static async Task<DateTimeOffset?> LastContactAsync(UnitOfWork work, string citizenId)
    {
        var sql = work.Database.Dialect.Top("at", "FROM contacts WHERE citizen_id = @CitizenId ORDER BY at DESC");
        var latest = (await work.QueryAsync<DateTimeOffset>(sql, new { CitizenId = citizenId, Limit = 1 })).ToList();
        return latest.Count == 0 ? null : latest[0];
    }

    public static async Task<IReadOnlyList<PlanVersion>> VersionsAsync(UnitOfWork work, string citizenId) =>
        (await work.QueryAsync<PlanVersionRow>(
            "SELECT version AS Version, changed_by AS ChangedBy, why AS Why, changed_at AS ChangedAt FROM plan_versions WHERE citizen_id = @CitizenId ORDER BY version DESC",
            new { CitizenId = citizenId }))
        .Select(r => new PlanVersion(r.Version, r.ChangedBy, r.Why, r.ChangedAt)).ToList();

    public static IReadOnlyList<string> ReadGoals(string json) => JsonSerializer.Deserialize<List<string>>(json) ?? [];

    public static string WriteGoals(IReadOnlyList<string> goals) => JsonSerializer.Serialize(goals);

    private sealed class InterventionRow
    {
        public Guid InterventionId { get; set; }
        public string Department { get; set; } = "";
        public Guid CaseId { get; set; }
        public string? Type { get; set; }
        public string? LegalBasis { get; set; }
        public DateOnly? StartsOn { get; set; }
        public DateOnly? PlannedEndOn { get; set; }
        public DateOnly? EndedOn { get; set; }
        public string? Description { get; set; }
        public string GoalIds { get; set; } = "";
    }

    private sealed class PlanVersionRow
    {
        public int Version { get; set; }
        public string ChangedBy { get; set; } = "";
        public string Why { get; set; } = "";
        public DateTimeOffset ChangedAt { get; set; }
    }
}
