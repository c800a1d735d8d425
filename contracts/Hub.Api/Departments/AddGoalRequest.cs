namespace Hub.Api.Departments;

/// <summary><c>POST /api/{department}/cases/{caseId}/goals</c>. Levels use the FSIII scale: 0 (no limitation) to 4 (total limitation).</summary>
public sealed record AddGoalRequest(string? Text, string? FsiiiCondition, int? CurrentLevel, int? TargetLevel);
