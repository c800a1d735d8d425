using System.Text.Json;
using Dapper;
using Hub.Api.Plans;
using Hub.Coordination.Explanations;
using Hub.Persistence;

namespace Hub.Coordination.Plans;

/// <summary>Reads and writes of the plan tables; the rules live in <see cref="PlanService"/> and <see cref="PlanCoherence"/>.</summary>
public static class PlanStore
{
    public const string Active = "active";

    public static Task<PlanHeader?> HeaderAsync(ReadUnit work, string citizenId) => work.QuerySingleOrDefaultAsync<PlanHeader>(
        """
        SELECT status AS Status, version AS Version, citizen_goals AS CitizenGoals, shared_goals AS SharedGoals, created_at AS CreatedAt,
               next_follow_up_on AS NextFollowUpOn, findings AS Findings
        FROM combined_plans WHERE citizen_id = @CitizenId
        """,
        new { CitizenId = citizenId });

    public static async Task<bool> IsActiveAsync(ReadUnit work, string citizenId) =>
        await work.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM combined_plans WHERE citizen_id = @CitizenId AND status = 'active'", new { CitizenId = citizenId }) > 0;

    /// <summary>Goals set on the citizen's active cases.</summary>
    public static async Task<IReadOnlyList<PlanGoal>> GoalsAsync(ReadUnit work, string citizenId) =>
        (await work.QueryAsync<PlanGoal>(
            """
            SELECT g.goal_id AS GoalId, g.department AS Department, g.case_id AS CaseId, g.text AS Text, g.fsiii_condition AS FsiiiCondition,
                   g.current_level AS CurrentLevel, g.target_level AS TargetLevel
            FROM plan_goals g JOIN active_cases c ON c.case_id = g.case_id
            WHERE g.citizen_id = @CitizenId AND g.set_seen = 1
            ORDER BY g.department, g.goal_id
            """, new { CitizenId = citizenId })).ToList();

    /// <summary>Interventions added on the citizen's active cases; <c>goal_ids</c> is a comma-separated list.</summary>
    public static async Task<IReadOnlyList<PlanIntervention>> InterventionsAsync(ReadUnit work, string citizenId) =>
        (await work.QueryAsync<PlanIntervention, string, PlanIntervention>(
            """
            SELECT i.intervention_id AS InterventionId, i.department AS Department, i.case_id AS CaseId, i.type AS Type, i.legal_basis AS LegalBasis,
                   i.starts_on AS StartsOn, i.planned_end_on AS PlannedEndOn, i.ended_on AS EndedOn, i.description AS Description, i.goal_ids AS GoalIds
            FROM plan_interventions i JOIN active_cases c ON c.case_id = i.case_id
            WHERE i.citizen_id = @CitizenId AND i.added_seen = 1
            ORDER BY i.department, i.intervention_id
            """,
            (intervention, goalIds) =>
            {
                intervention.GoalIds = goalIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();
                return intervention;
            },
            new { CitizenId = citizenId }, splitOn: "GoalIds")).ToList();

    public static async Task<DateTimeOffset?> LastContactAsync(ReadUnit work, string citizenId)
    {
        var sql = work.Database.Dialect.Top("at", "FROM contacts WHERE citizen_id = @CitizenId ORDER BY at DESC");
        var latest = (await work.QueryAsync<DateTimeOffset>(sql, new { CitizenId = citizenId, Limit = 1 })).ToList();
        return latest.Count == 0 ? null : latest[0];
    }

    public static async Task<IReadOnlyList<PlanVersion>> VersionsAsync(ReadUnit work, string citizenId) =>
        (await work.QueryAsync<PlanVersionRow>(
            """
            SELECT version AS Version, changed_by AS ChangedBy, why AS Why, why_code AS WhyCode, why_args AS WhyArgs, changed_at AS ChangedAt
            FROM plan_versions WHERE citizen_id = @CitizenId ORDER BY version DESC
            """,
            new { CitizenId = citizenId }))
        .Select(r =>
        {
            var why = Arg.Read(r.WhyCode, r.WhyArgs);
            return new PlanVersion(r.Version, r.ChangedBy, r.Why, r.ChangedAt, why.Code, why.Args);
        }).ToList();

    /// <summary>One version as it was saved (the snapshot written with it), or null when there is no such version.</summary>
    public static async Task<CombinedPlan?> VersionAsync(ReadUnit work, string citizenId, int version)
    {
        var snapshot = (await work.QueryAsync<string>(
            "SELECT snapshot FROM plan_versions WHERE citizen_id = @CitizenId AND version = @Version",
            new { CitizenId = citizenId, Version = version })).FirstOrDefault();
        return snapshot is null ? null : JsonSerializer.Deserialize<CombinedPlan>(snapshot, JsonSerializerOptions.Web);
    }

    /// <summary>Keeps what the unified view and the deadline pass read of the plan: the next follow-up and the number of findings.</summary>
    public static Task WriteEvaluationAsync(WriteUnit work, CombinedPlan plan, DateOnly today) => work.ExecuteAsync(
        "UPDATE combined_plans SET next_follow_up_on = @NextFollowUpOn, findings = @Findings, evaluated_on = @Today WHERE citizen_id = @CitizenId",
        new { plan.CitizenId, plan.NextFollowUpOn, Findings = plan.Findings.Count, Today = today });

    public static IReadOnlyList<string> ReadGoals(string json) => JsonSerializer.Deserialize<List<string>>(json) ?? [];

    public static string WriteGoals(IReadOnlyList<string> goals) => JsonSerializer.Serialize(goals);

    // Dapper maps records by constructor only when the column types match exactly; SQLite hands back longs and text.
    private sealed class PlanVersionRow
    {
        public int Version { get; set; }
        public string ChangedBy { get; set; } = "";
        public string Why { get; set; } = "";
        public string? WhyCode { get; set; }
        public string? WhyArgs { get; set; }
        public DateTimeOffset ChangedAt { get; set; }
    }
}
