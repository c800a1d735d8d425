using MassTransit;

namespace Hub.Departments.HubDecisions;

/// <summary>Records one kind of hub decision (see <see cref="HubDecisionRegistrations"/>) in every department that has the citizen.</summary>
public sealed class HubDecisionConsumer<T>(HubDecisionRecorder recorder, HubDecision<T> decision) : IConsumer<T> where T : class
{
    // The inbox name each decision was recorded under when every kind had its own consumer class; kept so redeliveries still match.
    private static readonly string InboxConsumer = typeof(T).Name + "Consumer";

    public Task Consume(ConsumeContext<T> context)
    {
        var decided = context.Message;
        var (eventId, citizenId) = decision.Subject(decided);
        return recorder.RecordAsync(eventId, citizenId, InboxConsumer, work => decision.Apply(work, decided), context.CancellationToken);
    }
}
