namespace Hub.Api.Citizens;

/// <summary>One past or present lead assignment, with its release.</summary>
public sealed record LeadHistoryView(string CaseworkerId, string Department, string Reason, DateTimeOffset Since, DateTimeOffset? Until, string? ReleaseReason, string AssignedBy);
