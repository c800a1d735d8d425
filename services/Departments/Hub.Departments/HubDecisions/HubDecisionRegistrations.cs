using Hub.Contracts.Coordination;
using Hub.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Departments.HubDecisions;

/// <summary>
/// The hub's decisions a department keeps for its case view: one table, decision type → who may take it in, what it writes.
/// A lead and a plan version reach only the centres within consent (issue 13); a release or an archive clears every centre's row.
/// </summary>
public static class HubDecisionRegistrations
{
    public static IServiceCollection AddHubDecisions(this IServiceCollection services)
    {
        services.AddSingleton<HubDecisionRecorder>();
        return services
            .AddHubDecision<LeadCaseworkerAssigned>(e => (e.EventId, e.CitizenId), e => e.SharedWith,
                (work, e) => CoordinationStore.SetLeadAsync(work, e.CitizenId, e.CaseworkerId, e.Department, e.Reason, e.OccurredAt))
            .AddHubDecision<LeadCaseworkerReleased>(e => (e.EventId, e.CitizenId), _ => null,
                (work, e) => CoordinationStore.ReleaseLeadAsync(work, e.CitizenId, e.CaseworkerId, e.OccurredAt))
            .AddHubDecision<CombinedPlanVersioned>(e => (e.EventId, e.CitizenId), e => e.Departments,
                (work, e) => CoordinationStore.SetPlanAsync(work, e.CitizenId, e.Version, archived: false, e.OccurredAt))
            .AddHubDecision<CombinedPlanArchived>(e => (e.EventId, e.CitizenId), _ => null,
                (work, e) => CoordinationStore.SetPlanAsync(work, e.CitizenId, e.Version, archived: true, e.OccurredAt));
    }

    private static IServiceCollection AddHubDecision<T>(
        this IServiceCollection services, Func<T, (Guid EventId, string CitizenId)> subject, Func<T, IReadOnlyList<string>?> sharedWith,
        Func<Hub.Persistence.WriteUnit, T, Task> apply)
        where T : class
    {
        services.AddSingleton(new HubDecision<T>(subject, sharedWith, apply));
        return services.AddBusConsumers(bus => bus.AddConsumer<HubDecisionConsumer<T>>());
    }
}
