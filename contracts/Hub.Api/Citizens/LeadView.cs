namespace Hub.Api.Citizens;

/// <summary>The current lead caseworker and why they lead.</summary>
public sealed record LeadView(string CaseworkerId, string Department, string Reason, DateTimeOffset Since, bool Override);
