using Hub.Contracts;

namespace Hub.Departments.Application;

/// <summary>Makes a <see cref="CaseChange{T}"/>; the event's own type is kept, so the outbox records it.</summary>
public static class CaseChange
{
    public static CaseChange<T> Publishing<TEvent, T>(Func<long, TEvent> @event, T answer) where TEvent : class, IDepartmentEvent where T : class =>
        new((work, sequence) =>
        {
            var published = @event(sequence);
            return work.PublishAsync(published, published.EventId);
        }, answer);
}
