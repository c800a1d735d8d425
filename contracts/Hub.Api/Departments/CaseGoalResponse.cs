namespace Hub.Api.Departments;

/// <summary>A goal in <see cref="CaseResponse"/>, with its latest FSIII level.</summary>
public sealed record CaseGoalResponse(Guid GoalId, string Text, string? FsiiiCondition, int? CurrentLevel, int? TargetLevel, DateTimeOffset SetAt);
