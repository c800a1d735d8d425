namespace Hub.Api.Plans;

/// <summary>One version of the combined plan: who changed it, when and why.</summary>
public sealed record PlanVersion(int Version, string ChangedBy, string Why, DateTimeOffset ChangedAt);
