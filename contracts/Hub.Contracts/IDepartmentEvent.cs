namespace Hub.Contracts;

/// <summary>
/// Everything a centre reports about one of its cases. <see cref="ICitizenEvent.Sequence"/> counts
/// per case, so the hub can apply events that arrive out of order.
/// </summary>
public interface IDepartmentEvent : ICitizenEvent
{
    Guid CaseId { get; }
}
