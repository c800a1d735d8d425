using System.Diagnostics;
using Hub.Contracts;
using Hub.Contracts.Cases;
using Hub.Coordination.Consent;
using Hub.Coordination.Lifecycle;
using Hub.Persistence;
using Hub.Messaging;
using Hub.ServiceDefaults.Privacy;
using Hub.ServiceDefaults.Telemetry;
using Hub.Messaging.Operations;

namespace Hub.Coordination.Registry;

/// <summary>
/// Applies one centre event to the hub: exactly once (the inbox keys on the event id, so a duplicate
/// on the wire with a new message id is still caught), in one transaction with every effect: the case
/// registry, the timeline, each <see cref="IHubProjection"/>, and the citizen's cross-departmental state.
/// </summary>
/// <param name="projections">Run in this order, the facts first and the lifecycle last (see <see cref="CoordinationModule"/>).</param>
public sealed class CentreEventPipeline(ModuleDatabase database, IReadOnlyList<IHubProjection> projections, TimeProvider time, HubMetrics metrics)
{
    private const string InboxConsumer = "registry";

    /// <summary>
    /// Applies the event in the next group-commit batch (<see cref="GroupCommit"/>): it completes, and the
    /// consumer acknowledges, only once the batch holding this event's inbox record and effects is committed.
    /// </summary>
    public async Task ApplyAsync(ICitizenEvent e, CancellationToken ct)
    {
        EnsureValid(e);
        var started = Stopwatch.GetTimestamp();
        if (await database.WriteAsync(work => ApplyInAsync(work, e), ct) is { } appliedAt)
        {
            // Recorded once the batch holding the event has committed: the effect is durable.
            metrics.Applied(e.Department, e.GetType().Name, Stopwatch.GetElapsedTime(started), appliedAt - e.OccurredAt);
        }
    }

    /// <summary>The event's effects in <paramref name="work"/>; the time it was applied, or null for a duplicate.</summary>
    private async Task<DateTimeOffset?> ApplyInAsync(WriteUnit work, ICitizenEvent e)
    {
        if (!await work.TryMarkHandledAsync(e.EventId, InboxConsumer))
        {
            metrics.DuplicateSkipped(e.Department);
            return null;
        }

        await CitizenLock.HoldAsync(work, e.CitizenId);
        var now = time.GetUtcNow();
        await ApplyToCaseRegistryAsync(work, e);
        await Timeline.AppendAsync(work, e);
        var citizen = new CoordinationState(await ActiveCases.ReadAsync(work, e.CitizenId), await ConsentStore.CurrentAsync(work, e.CitizenId, now));
        var change = new RegistryChange(e, citizen, now);
        foreach (var projection in projections)
        {
            await projection.ApplyAsync(work, change);
        }

        await CitizenState.RecomputeAsync(work, e.CitizenId, citizen.Active, now);
        return now;
    }

    private static Task ApplyToCaseRegistryAsync(WriteUnit work, ICitizenEvent e) => e switch
    {
        CaseOpened opened => CaseRegistry.ApplyAsync(work, opened),
        CaseClosed closed => CaseRegistry.ApplyAsync(work, closed),
        CaseworkerChanged changed => CaseRegistry.ApplyAsync(work, changed),
        _ => Task.CompletedTask,
    };

    private static void EnsureValid(ICitizenEvent e)
    {
        if (e.EventId == Guid.Empty) throw new PermanentMessageException("eventId is missing.");
        if (e is IDepartmentEvent { CaseId: var caseId } && caseId == Guid.Empty) throw new PermanentMessageException("caseId is missing.");
        if (!Departments.IsKnown(e.Department)) throw new PermanentMessageException($"department '{e.Department}' is not a known centre.");
        if (!CitizenIdentity.LooksLikeCitizenId(e.CitizenId)) throw new PermanentMessageException("citizenId is not an opaque citizen id.");
        if (e.Sequence < 1) throw new PermanentMessageException("sequence must be 1 or more.");
    }
}
