namespace Hub.Api.Departments;

/// <summary>
/// <c>GET /api/{department}/cases/{caseId}</c>: what the department has sent about a case, and what the hub decided
/// that concerns it, as learned from the hub's events.
/// </summary>
public sealed record CaseResponse(
    Guid CaseId,
    string CitizenId,
    string CaseType,
    string CaseworkerId,
    string? CaseworkerName,
    string Status,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ClosedAt,
    string? CloseReason,
    string? ExternalId,
    long Sequence,
    IReadOnlyList<CaseInterventionResponse> Interventions,
    IReadOnlyList<CaseGoalResponse> Goals,
    IReadOnlyList<CaseContactResponse> Contacts,
    IReadOnlyList<CaseNotificationResponse> Notifications,
    CaseCoordinationResponse Coordination);
