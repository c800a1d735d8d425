namespace Hub.Api.Plans;

/// <summary><c>PUT .../plan/citizen-goals</c> and <c>.../plan/shared-goals</c>: the whole list, and why it changed.</summary>
public sealed record GoalsRequest(IReadOnlyList<string>? Goals, string? Why);
