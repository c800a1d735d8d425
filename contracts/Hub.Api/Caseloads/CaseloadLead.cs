namespace Hub.Api.Caseloads;

/// <summary>A citizen the caseworker leads.</summary>
public sealed record CaseloadLead(string CitizenId, string Department, Guid CaseId, DateTimeOffset Since);
