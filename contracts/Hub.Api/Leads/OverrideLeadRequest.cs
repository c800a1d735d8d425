namespace Hub.Api.Leads;

/// <summary><c>PUT /api/citizens/{id}/lead</c>: a team leader names the lead, and says why.</summary>
public sealed record OverrideLeadRequest(string? CaseworkerId, string? Reason);
