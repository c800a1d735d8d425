using Hub.Persistence;

namespace Hub.Departments.Interventions;

public static class InterventionStore
{
    private const string Columns =
        "intervention_id AS InterventionId, case_id AS CaseId, type AS Type, legal_basis AS LegalBasis, starts_on AS StartsOn, " +
        "planned_end_on AS PlannedEndOn, description AS Description, goal_ids AS GoalIdList, ended_on AS EndedOn, end_reason AS EndReason";

    public static Task InsertAsync(WriteUnit work, Guid caseId, Guid interventionId, AddInterventionRequest request, DateTimeOffset now) =>
        work.ExecuteAsync(
            """
            INSERT INTO interventions (intervention_id, case_id, type, legal_basis, starts_on, planned_end_on, description, goal_ids, added_at)
            VALUES (@InterventionId, @CaseId, @Type, @LegalBasis, @StartsOn, @PlannedEndOn, @Description, @GoalIds, @Now)
            """,
            new
            {
                InterventionId = interventionId, CaseId = caseId, request.Type, request.LegalBasis, StartsOn = request.StartsOn!.Value,
                request.PlannedEndOn, request.Description, GoalIds = string.Join(',', request.GoalIds ?? []), Now = now,
            });

    public static Task<InterventionRow?> FindAsync(ReadUnit work, Guid caseId, Guid interventionId) =>
        work.QuerySingleOrDefaultAsync<InterventionRow>(
            $"SELECT {Columns} FROM interventions WHERE intervention_id = @InterventionId AND case_id = @CaseId",
            new { InterventionId = interventionId, CaseId = caseId });

    public static Task EndAsync(WriteUnit work, Guid interventionId, DateOnly endedOn, string? reason) => work.ExecuteAsync(
        "UPDATE interventions SET ended_on = @EndedOn, end_reason = @Reason WHERE intervention_id = @InterventionId",
        new { InterventionId = interventionId, EndedOn = endedOn, Reason = reason });

    public static Task<IEnumerable<InterventionRow>> ForCaseAsync(ReadUnit work, Guid caseId) =>
        work.QueryAsync<InterventionRow>($"SELECT {Columns} FROM interventions WHERE case_id = @CaseId ORDER BY added_at", new { CaseId = caseId });
}
