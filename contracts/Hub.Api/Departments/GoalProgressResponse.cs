namespace Hub.Api.Departments;

/// <summary>The answer to recording progress on a goal.</summary>
public sealed record GoalProgressResponse(Guid GoalId, int CurrentLevel);
