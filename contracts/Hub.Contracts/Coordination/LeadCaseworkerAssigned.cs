namespace Hub.Contracts.Coordination;

/// <summary>The hub gave a coordinated citizen one lead caseworker; <see cref="Reason"/> is readable by a person.</summary>
public sealed record LeadCaseworkerAssigned(
    Guid EventId,
    string CitizenId,
    string CaseworkerId,
    string Department,
    Guid CaseId,
    string Reason,
    DateTimeOffset OccurredAt);
