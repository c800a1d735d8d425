namespace Hub.Api.Plans;

/// <summary>One department's part of the combined plan.</summary>
public sealed record DepartmentPlan(string Department, IReadOnlyList<PlanGoal> Goals, IReadOnlyList<PlanIntervention> Interventions);
