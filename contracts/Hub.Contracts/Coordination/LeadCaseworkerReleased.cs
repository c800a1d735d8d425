namespace Hub.Contracts.Coordination;

/// <summary>The lead role ended: reassigned, overridden, or coordination ended.</summary>
public sealed record LeadCaseworkerReleased(
    Guid EventId,
    string CitizenId,
    string CaseworkerId,
    string Department,
    string Reason,
    DateTimeOffset OccurredAt);
