namespace Hub.Api.Plans;

/// <summary><c>GET /api/citizens/{id}/plan/versions</c>, newest first: one page (<c>?offset=&amp;limit=</c>) and how many versions there are.</summary>
public sealed record PlanVersionsResponse(string CitizenId, IReadOnlyList<PlanVersion> Versions, int Total = 0, int Offset = 0, int Limit = 0);
