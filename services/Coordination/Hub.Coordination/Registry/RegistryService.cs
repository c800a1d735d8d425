using Hub.Contracts;
using Hub.Contracts.Cases;
using Hub.Persistence;
using Hub.ServiceDefaults.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Coordination.Registry;

/// <summary>
/// Applies one centre event to the registry: exactly once (the inbox keys on the event id, so a
/// duplicate on the wire with a new message id is still caught), in one transaction with its effects.
/// </summary>
public sealed class RegistryService([FromKeyedServices(CoordinationModule.DatabaseName)] ModuleDatabase database, TimeProvider time)
{
    private const string InboxConsumer = "registry";

    public Task ApplyAsync(CaseOpened e, CancellationToken ct) =>
        ApplyAsync(e, "case-opened", $"Case opened ({e.CaseType}), caseworker {e.CaseworkerId}", work => CaseProjection.ApplyAsync(work, e), ct);

    public Task ApplyAsync(CaseClosed e, CancellationToken ct) =>
        ApplyAsync(e, "case-closed", "Case closed", work => CaseProjection.ApplyAsync(work, e), ct);

    public Task ApplyAsync(CaseworkerChanged e, CancellationToken ct) =>
        ApplyAsync(e, "caseworker-changed", $"Caseworker changed to {e.CaseworkerId}", work => CaseProjection.ApplyAsync(work, e), ct);

    private async Task ApplyAsync(IDepartmentEvent e, string kind, string summary, Func<UnitOfWork, Task> project, CancellationToken ct)
    {
        EnsureValid(e);
        await using var work = await database.BeginAsync(ct);
        if (!await work.TryMarkHandledAsync(e.EventId, InboxConsumer))
        {
            return;
        }

        await project(work);
        await Timeline.AppendAsync(work, e, kind, summary);
        await CitizenState.RecomputeAsync(work, e.CitizenId, time.GetUtcNow());
        await work.CommitAsync(ct);
    }

    private static void EnsureValid(IDepartmentEvent e)
    {
        if (e.EventId == Guid.Empty) throw new PermanentMessageException("eventId is missing.");
        if (e.CaseId == Guid.Empty) throw new PermanentMessageException("caseId is missing.");
        if (!Departments.IsKnown(e.Department)) throw new PermanentMessageException($"department '{e.Department}' is not a known centre.");
        if (!Hub.ServiceDefaults.Privacy.CitizenIdentity.LooksLikeCitizenId(e.CitizenId)) throw new PermanentMessageException("citizenId is not an opaque citizen id.");
        if (e.Sequence < 1) throw new PermanentMessageException("sequence must be 1 or more.");
    }
}
