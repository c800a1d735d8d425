namespace Hub.Departments.Goals;

public sealed class GoalRow
{
    public Guid GoalId { get; init; }
    public Guid CaseId { get; init; }
    public string Text { get; init; } = "";
    public string? FsiiiCondition { get; init; }
    public int? CurrentLevel { get; init; }
    public int? TargetLevel { get; init; }
    public DateTimeOffset SetAt { get; init; }
}
