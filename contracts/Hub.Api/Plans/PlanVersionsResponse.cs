namespace Hub.Api.Plans;

/// <summary><c>GET /api/citizens/{id}/plan/versions</c>, newest first.</summary>
public sealed record PlanVersionsResponse(string CitizenId, IReadOnlyList<PlanVersion> Versions);
