namespace Hub.Api.Departments;

/// <summary>The answer to setting a goal.</summary>
public sealed record GoalSetResponse(Guid GoalId);
