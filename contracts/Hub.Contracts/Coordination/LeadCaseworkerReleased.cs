namespace Hub.Contracts.Coordination;

/// <summary>The lead role ended: reassigned, overridden, or coordination ended. <c>ReasonCode</c> and <c>ReasonArgs</c> (from issue 17; null before): Hub.Api.Explanations.LeadReleaseCodes.</summary>
public sealed record LeadCaseworkerReleased(
    Guid EventId,
    string CitizenId,
    string CaseworkerId,
    string Department,
    string Reason,
    DateTimeOffset OccurredAt,
    string? ReasonCode = null,
    IReadOnlyDictionary<string, string>? ReasonArgs = null);
