using Hub.Coordination.Registry;
using Hub.Persistence;

namespace Hub.Coordination.Lifecycle;

/// <summary>The last projection of every centre event: the lifecycle brings lead and plan in line with the facts just applied.</summary>
public sealed class LifecycleProjection(CoordinationLifecycle lifecycle) : IHubProjection
{
    public Task ApplyAsync(WriteUnit work, RegistryChange change) => lifecycle.ReconcileAsync(work, change.CitizenId, change.Citizen, change.Now);
}
