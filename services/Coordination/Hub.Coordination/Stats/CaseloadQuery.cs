namespace Hub.Coordination.Stats;

/// <summary>The caseload's page: at most <see cref="Limit"/> cases and leads from <see cref="Offset"/>.</summary>
public sealed record CaseloadQuery(int? Offset, int? Limit);
