using Hub.Persistence;

namespace Hub.Departments.Goals;

public static class GoalStore
{
    private const string Columns =
        "goal_id AS GoalId, case_id AS CaseId, text AS Text, fsiii_condition AS FsiiiCondition, " +
        "current_level AS CurrentLevel, target_level AS TargetLevel, set_at AS SetAt";

    public static Task InsertAsync(WriteUnit work, Guid caseId, Guid goalId, AddGoalRequest request, DateTimeOffset now) => work.ExecuteAsync(
        """
        INSERT INTO goals (goal_id, case_id, text, fsiii_condition, current_level, target_level, set_at)
        VALUES (@GoalId, @CaseId, @Text, @FsiiiCondition, @CurrentLevel, @TargetLevel, @Now)
        """,
        new { GoalId = goalId, CaseId = caseId, request.Text, request.FsiiiCondition, request.CurrentLevel, request.TargetLevel, Now = now });

    public static async Task<bool> ExistsAsync(ReadUnit work, Guid caseId, Guid goalId) =>
        await work.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM goals WHERE goal_id = @GoalId AND case_id = @CaseId",
            new { GoalId = goalId, CaseId = caseId }) > 0;

    public static async Task RecordProgressAsync(WriteUnit work, Guid goalId, int level, string? note, DateTimeOffset now)
    {
        await work.ExecuteAsync("UPDATE goals SET current_level = @Level WHERE goal_id = @GoalId", new { GoalId = goalId, Level = level });
        await work.ExecuteAsync(
            "INSERT INTO goal_progress (goal_id, recorded_at, current_level, note) VALUES (@GoalId, @Now, @Level, @Note)",
            new { GoalId = goalId, Now = now, Level = level, Note = note });
    }

    public static Task<IEnumerable<GoalRow>> ForCaseAsync(ReadUnit work, Guid caseId) =>
        work.QueryAsync<GoalRow>($"SELECT {Columns} FROM goals WHERE case_id = @CaseId ORDER BY set_at", new { CaseId = caseId });
}
