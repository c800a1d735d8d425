namespace Hub.Api.Plans;

/// <summary>The answer to a goals edit: the plan's new version.</summary>
public sealed record PlanVersionCreated(string CitizenId, int Version);
