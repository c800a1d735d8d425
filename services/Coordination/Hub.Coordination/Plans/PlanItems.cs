namespace Hub.Coordination.Plans;

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

/// <summary>One coherence finding: what does not fit, and the ids of the items concerned.</summary>
public sealed record PlanFinding(string Kind, string Message, IReadOnlyList<string> ItemIds);

public sealed record DepartmentPlan(string Department, IReadOnlyList<PlanGoal> Goals, IReadOnlyList<PlanIntervention> Interventions);

/// <summary>The combined plan as served by <c>GET /api/citizens/{id}/plan</c>, and as snapshotted per version.</summary>
public sealed record CombinedPlan(
    string CitizenId,
    int Version,
    string Status,
    IReadOnlyList<string> CitizenGoals,
    IReadOnlyList<string> SharedGoals,
    IReadOnlyList<DepartmentPlan> Departments,
    DateOnly? NextFollowUpOn,
    IReadOnlyList<PlanFinding> Findings);

public sealed record PlanVersion(int Version, string ChangedBy, string Why, DateTimeOffset ChangedAt);
