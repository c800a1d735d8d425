namespace Hub.Api.Caseloads;

/// <summary>
/// <c>GET /api/caseworkers/{id}/caseload</c>: a caseworker of the reader's own centre (a caseworker is a centre and an id):
/// one page of active cases and of leads (<c>?offset=&amp;limit=</c>), the totals, and the cap.
/// </summary>
public sealed record CaseloadResponse(
    string CaseworkerId, IReadOnlyList<CaseloadCase> ActiveCases, int ActiveCaseCount, IReadOnlyList<CaseloadLead> Leads, int Cap, bool OverCap,
    string? Department = null, int LeadCount = 0, int Offset = 0, int Limit = 0);
