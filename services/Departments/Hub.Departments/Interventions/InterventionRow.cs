namespace Hub.Departments.Interventions;

/// <summary>An intervention as the centre keeps it; goal ids are stored as a comma-separated list.</summary>
public sealed class InterventionRow
{
    public Guid InterventionId { get; init; }
    public Guid CaseId { get; init; }
    public string Type { get; init; } = "";
    public string LegalBasis { get; init; } = "";
    public DateOnly StartsOn { get; init; }
    public DateOnly? PlannedEndOn { get; init; }
    public string? Description { get; init; }
    public string GoalIdList { get; init; } = "";
    public DateOnly? EndedOn { get; init; }
    public string? EndReason { get; init; }

    public IReadOnlyList<Guid> GoalIds => GoalIdList.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();
    public bool IsEnded => EndedOn is not null;
}
