namespace Hub.Api.Departments;

/// <summary>What the hub decided about the case's citizen; each part is null until the hub has decided it.</summary>
public sealed record CaseCoordinationResponse(LeadCaseworkerResponse? Lead, CombinedPlanResponse? CombinedPlan);
