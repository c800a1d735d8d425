using Hub.Persistence;
using Hub.ServiceDefaults.Telemetry;
using Hub.Messaging.Operations;

namespace Hub.Departments.Application;

/// <summary>
/// <c>hub.events.accepted</c>: a centre's events that reached its outbox in a commit are the reports it accepted.
/// Told by the group commit after the commit (<see cref="ICommitObserver"/>), so the count never includes a
/// refused or rolled-back unit's events. The hub's own database commits events too; they are not reports.
/// </summary>
public sealed class AcceptedReportsFigure(HubMetrics metrics) : ICommitObserver
{
    public void Committed(string module, IReadOnlyList<string> eventTypes) => metrics.Committed(module, eventTypes);
}
