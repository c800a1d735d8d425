namespace Hub.Api.Plans;

/// <summary>One coherence finding: what does not fit, and the ids of the items concerned.</summary>
public sealed record PlanFinding(string Kind, string Message, IReadOnlyList<string> ItemIds);
