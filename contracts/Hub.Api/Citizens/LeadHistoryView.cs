namespace Hub.Api.Citizens;

/// <summary>One past or present lead assignment, with its release; each reason also as a code and its arguments (Hub.Api.Explanations).</summary>
public sealed record LeadHistoryView(
    string CaseworkerId, string Department, string Reason, DateTimeOffset Since, DateTimeOffset? Until, string? ReleaseReason, string AssignedBy,
    string ReasonCode, IReadOnlyDictionary<string, string> ReasonArgs, string? ReleaseReasonCode, IReadOnlyDictionary<string, string>? ReleaseReasonArgs);
