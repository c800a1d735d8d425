namespace Hub.Coordination.Citizens;

/// <summary>The unified citizen view of API.md (<c>GET /api/citizens/{citizenId}</c>).</summary>
/// <param name="AwaitingConsent">Cross-departmental, but no consent covering two active centres: nothing is shared.</param>
public sealed record CitizenView(
    string CitizenId,
    bool CrossDepartmental,
    bool AwaitingConsent,
    IReadOnlyList<CentreCase> Centres,
    ConsentStatus Consent,
    LeadView? Lead,
    IReadOnlyList<LeadHistoryView> LeadHistory,
    PlanSummary? Plan,
    IReadOnlyList<AlertView> Alerts);

public sealed record CentreCase(
    string Department, Guid CaseId, string? CaseType, string? CaseworkerId, string? CaseworkerName, string Status, DateTimeOffset? OpenedAt);

public sealed record ConsentStatus(string Status, IReadOnlyList<string> Scope, string? Purpose, DateOnly? ExpiresOn);

public sealed record LeadView(string CaseworkerId, string Department, string Reason, DateTimeOffset Since, bool Override);

public sealed record LeadHistoryView(string CaseworkerId, string Department, string Reason, DateTimeOffset Since, DateTimeOffset? Until, string? ReleaseReason, string AssignedBy);

public sealed record PlanSummary(int Version, string Status, DateOnly? NextFollowUpOn, int Findings);

public sealed record AlertView(string Kind, string Message, DateTimeOffset DueAt, string? Department, string? CaseworkerId);
