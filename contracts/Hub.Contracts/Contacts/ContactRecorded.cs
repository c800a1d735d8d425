namespace Hub.Contracts.Contacts;

/// <summary>A meeting, home visit, phone call or network meeting, with the centres that took part.</summary>
public sealed record ContactRecorded(
    Guid EventId,
    string Department,
    Guid CaseId,
    string CitizenId,
    long Sequence,
    DateTimeOffset OccurredAt,
    Guid ContactId,
    string Kind,
    DateTimeOffset At,
    IReadOnlyList<string> Participants) : IDepartmentEvent;
