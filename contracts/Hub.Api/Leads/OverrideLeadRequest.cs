namespace Hub.Api.Leads;

/// <summary>
/// <c>PUT /api/citizens/{id}/lead</c>: a team leader names the lead, and says why. A caseworker is a centre and an id:
/// <see cref="Department"/> says which centre's caseworker is meant, and may be left out when only one centre has that id on the citizen's cases.
/// </summary>
public sealed record OverrideLeadRequest(string? CaseworkerId, string? Reason, string? Department = null);
