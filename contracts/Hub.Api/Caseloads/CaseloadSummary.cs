namespace Hub.Api.Caseloads;

/// <summary>One caseworker's load in a team leader's overview: active cases and leads against the cap.</summary>
public sealed record CaseloadSummary(
    string CaseworkerId, string? CaseworkerName, string Department, int ActiveCaseCount, int LeadCount, int Cap, bool OverCap);
