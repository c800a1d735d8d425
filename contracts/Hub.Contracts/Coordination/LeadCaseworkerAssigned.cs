namespace Hub.Contracts.Coordination;

/// <summary>The hub gave a coordinated citizen one lead caseworker; <see cref="Reason"/> is readable by a person. Only the centres in <c>SharedWith</c> (within the citizen's consent) take it in; null (a message from before issue 13) means every centre with the citizen. <c>ReasonCode</c> and <c>ReasonArgs</c> (from issue 17; null before) are the reason's stable code and arguments (Hub.Api.Explanations.LeadReasonCodes).</summary>
public sealed record LeadCaseworkerAssigned(
    Guid EventId,
    string CitizenId,
    string CaseworkerId,
    string Department,
    Guid CaseId,
    string Reason,
    DateTimeOffset OccurredAt,
    IReadOnlyList<string>? SharedWith = null,
    string? ReasonCode = null,
    IReadOnlyDictionary<string, string>? ReasonArgs = null);
