namespace Hub.Api.Caseloads;

/// <summary><c>GET /api/caseworkers</c>: every caseworker with active cases in the team leader's centre.</summary>
public sealed record CaseloadsResponse(string Department, IReadOnlyList<CaseloadSummary> Caseworkers);
