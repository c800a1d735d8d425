namespace Hub.Api.Leads;

/// <summary>The lead a team leader just set.</summary>
public sealed record LeadOverridden(
    string CitizenId, string CaseworkerId, string Department, string Reason, DateTimeOffset Since, string ReasonCode, IReadOnlyDictionary<string, string> ReasonArgs);
