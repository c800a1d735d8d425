namespace Hub.Coordination.Plans;

/// <summary>A row of <c>combined_plans</c>: the plan's state without its items, and what the last evaluation found.</summary>
public sealed class PlanHeader
{
    public string Status { get; set; } = "";
    public int Version { get; set; }
    public string CitizenGoals { get; set; } = "[]";
    public string SharedGoals { get; set; } = "[]";
    public DateTimeOffset CreatedAt { get; set; }
    public DateOnly? NextFollowUpOn { get; set; }
    public int Findings { get; set; }
}
