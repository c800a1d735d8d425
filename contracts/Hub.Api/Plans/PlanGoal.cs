namespace Hub.Api.Plans;

/// <summary>A centre's goal in the combined plan.</summary>
public sealed class PlanGoal
{
    public Guid GoalId { get; set; }
    public string Department { get; set; } = "";
    public Guid CaseId { get; set; }
    public string? Text { get; set; }
    public string? FsiiiCondition { get; set; }
    public int? CurrentLevel { get; set; }
    public int? TargetLevel { get; set; }
}
