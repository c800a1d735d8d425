namespace Hub.Api.Plans;

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
