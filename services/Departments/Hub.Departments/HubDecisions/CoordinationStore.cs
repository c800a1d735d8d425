using Hub.Persistence;

namespace Hub.Departments.HubDecisions;

/// <summary>The SQL for the hub's decisions as this department keeps them (<see cref="CoordinationRow"/>).</summary>
public static class CoordinationStore
{
    public static Task<CoordinationRow?> FindAsync(ReadUnit work, string citizenId) => work.QuerySingleOrDefaultAsync<CoordinationRow>(
        """
        SELECT citizen_id AS CitizenId, lead_caseworker_id AS LeadCaseworkerId, lead_department AS LeadDepartment, lead_reason AS LeadReason,
               lead_since AS LeadSince, plan_version AS PlanVersion, plan_archived AS PlanArchived
        FROM coordination WHERE citizen_id = @CitizenId
        """,
        new { CitizenId = citizenId });

    public static async Task SetLeadAsync(WriteUnit work, string citizenId, string caseworkerId, string department, string reason, DateTimeOffset at)
    {
        await EnsureRowAsync(work, citizenId);
        await work.ExecuteAsync(
            """
            UPDATE coordination SET lead_caseworker_id = @CaseworkerId, lead_department = @Department, lead_reason = @Reason,
                   lead_since = @At, lead_changed_at = @At
            WHERE citizen_id = @CitizenId AND (lead_changed_at IS NULL OR lead_changed_at <= @At)
            """,
            new { CitizenId = citizenId, CaseworkerId = caseworkerId, Department = department, Reason = reason, At = at });
    }

    /// <summary>Clears the lead only if the released caseworker still holds it: a newer assignment stays.</summary>
    public static async Task ReleaseLeadAsync(WriteUnit work, string citizenId, string caseworkerId, DateTimeOffset at)
    {
        await EnsureRowAsync(work, citizenId);
        await work.ExecuteAsync(
            """
            UPDATE coordination SET lead_caseworker_id = NULL, lead_department = NULL, lead_reason = NULL, lead_since = NULL, lead_changed_at = @At
            WHERE citizen_id = @CitizenId AND (lead_changed_at IS NULL OR lead_changed_at <= @At)
              AND (lead_caseworker_id IS NULL OR lead_caseworker_id = @CaseworkerId)
            """,
            new { CitizenId = citizenId, CaseworkerId = caseworkerId, At = at });
    }

    public static async Task SetPlanAsync(WriteUnit work, string citizenId, int version, bool archived, DateTimeOffset at)
    {
        await EnsureRowAsync(work, citizenId);
        await work.ExecuteAsync(
            """
            UPDATE coordination SET plan_version = @Version, plan_archived = @Archived, plan_changed_at = @At
            WHERE citizen_id = @CitizenId AND (plan_version IS NULL OR plan_version < @Version
                  OR (plan_version = @Version AND (plan_changed_at IS NULL OR plan_changed_at <= @At)))
            """,
            new { CitizenId = citizenId, Version = version, Archived = archived, At = at });
    }

    private static Task EnsureRowAsync(WriteUnit work, string citizenId) => work.ExecuteAsync(
        work.Database.Dialect.InsertIfAbsent("coordination", "citizen_id", "@CitizenId", "citizen_id = @CitizenId"),
        new { CitizenId = citizenId });
}
