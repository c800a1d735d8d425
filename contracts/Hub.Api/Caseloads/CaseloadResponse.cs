namespace Hub.Api.Caseloads;

/// <summary><c>GET /api/caseworkers/{id}/caseload</c>: active cases, leads, and the cap.</summary>
public sealed record CaseloadResponse(
    string CaseworkerId, IReadOnlyList<CaseloadCase> ActiveCases, int ActiveCaseCount, IReadOnlyList<CaseloadLead> Leads, int Cap, bool OverCap);
