using Hub.Persistence.Outbox;

namespace Hub.Messaging.Operations;

/// <summary>
/// The answer of a service's <c>GET /ops/status</c> (and one entry of the gateway's <c>/ops/overview</c>):
/// its queues with their error-queue counts, each module's outbox backlog, and which instance answered.
/// </summary>
/// <param name="BrokerProblem">Why the queues are missing, when the broker could not be asked.</param>
/// <param name="Instance">The answering process; with several instances of a service each reports its own share.</param>
public sealed record OpsStatus(
    string Service, string Transport, DateTimeOffset SampledAt,
    IReadOnlyList<QueueDepth> Queues, IReadOnlyList<OutboxBacklog> Outbox, string? BrokerProblem, OpsInstance? Instance = null);
