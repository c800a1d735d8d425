namespace Hub.Api.Plans;

/// <summary>One version of the combined plan: who changed it, when and why (<see cref="Why"/> in English; <see cref="ReasonCode"/> and <see cref="ReasonArgs"/> to render, Hub.Api.Explanations.PlanVersionReasonCodes).</summary>
public sealed record PlanVersion(int Version, string ChangedBy, string Why, DateTimeOffset ChangedAt, string ReasonCode, IReadOnlyDictionary<string, string> ReasonArgs);
