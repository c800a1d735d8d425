namespace Hub.Api.Plans;

/// <summary>A centre's intervention in the combined plan, with the goals it works towards.</summary>
public sealed class PlanIntervention
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
    public IReadOnlyList<Guid> GoalIds { get; set; } = [];
}
