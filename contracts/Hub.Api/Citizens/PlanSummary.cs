namespace Hub.Api.Citizens;

/// <summary>The combined plan's header in the unified view; <c>findings</c> is their number.</summary>
public sealed record PlanSummary(int Version, string Status, DateOnly? NextFollowUpOn, int Findings);
