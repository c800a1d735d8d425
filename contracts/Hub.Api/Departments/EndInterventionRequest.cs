namespace Hub.Api.Departments;

/// <summary><c>POST /api/{department}/cases/{caseId}/interventions/{interventionId}/end</c>; the body may be left out.</summary>
public sealed record EndInterventionRequest(DateOnly? EndedOn, string? Reason);
