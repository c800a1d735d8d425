namespace Hub.Coordination.Plans;

/// <summary>The page of plan versions: at most <see cref="Limit"/> from <see cref="Offset"/>, newest first.</summary>
public sealed record PlanVersionsQuery(int? Offset, int? Limit);
