namespace Hub.Contracts;

/// <summary>
/// Everything a centre reports about one of its cases. <see cref="Sequence"/> increases by one
/// per event on the same case, so the hub can apply events that arrive out of order.
/// </summary>
public interface IDepartmentEvent
{
    Guid EventId { get; }
    string Department { get; }
    Guid CaseId { get; }
    string CitizenId { get; }
    long Sequence { get; }
    DateTimeOffset OccurredAt { get; }
}
