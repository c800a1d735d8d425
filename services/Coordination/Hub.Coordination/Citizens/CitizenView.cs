namespace Hub.Coordination.Citizens;

/// <summary>The unified citizen view of API.md (<c>GET /api/citizens/{citizenId}</c>).</summary>
public sealed record CitizenView(
    string CitizenId,
    bool CrossDepartmental,
    IReadOnlyList<CentreCase> Centres,
    ConsentStatus Consent,
    LeadView? Lead,
    PlanSummary? Plan,
    IReadOnlyList<AlertView> Alerts);

public sealed record CentreCase(
    string Department, Guid CaseId, string? CaseType, string? CaseworkerId, string? CaseworkerName, string Status, DateTimeOffset? OpenedAt);

public sealed record ConsentStatus(string Status);

public sealed record LeadView(string CaseworkerId, string Department, string Reason, DateTimeOffset Since);

public sealed record PlanSummary(int Version);

public sealed record AlertView(string Kind, string Message, DateTimeOffset DueAt);
