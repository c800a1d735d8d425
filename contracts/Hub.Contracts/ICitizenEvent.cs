namespace Hub.Contracts;

/// <summary>
/// Something a centre reports about a citizen. <see cref="EventId"/> is the idempotency key: the hub
/// applies an event id once, however often it arrives.
/// </summary>
public interface ICitizenEvent
{
    Guid EventId { get; }
    string Department { get; }
    string CitizenId { get; }

    /// <summary>Increases by one per event on the same subject (a case, or a notification).</summary>
    long Sequence { get; }

    DateTimeOffset OccurredAt { get; }
}
