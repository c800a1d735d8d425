namespace Hub.Departments.Goals;

/// <summary>Levels use the FSIII scale: 0 (no limitation) to 4 (total limitation).</summary>
public sealed record AddGoalRequest(string? Text, string? FsiiiCondition, int? CurrentLevel, int? TargetLevel);

public sealed record GoalProgressRequest(int? CurrentLevel, string? Note);
