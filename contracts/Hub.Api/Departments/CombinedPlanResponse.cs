namespace Hub.Api.Departments;

/// <summary>The citizen's combined plan: its latest version and whether it is archived.</summary>
public sealed record CombinedPlanResponse(int Version, bool Archived);
