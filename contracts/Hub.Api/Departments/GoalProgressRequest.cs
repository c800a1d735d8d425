namespace Hub.Api.Departments;

/// <summary><c>POST /api/{department}/cases/{caseId}/goals/{goalId}/progress</c>, on the FSIII scale.</summary>
public sealed record GoalProgressRequest(int? CurrentLevel, string? Note);
