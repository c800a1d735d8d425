using Hub.Persistence;

namespace Hub.Coordination.Registry;

/// <summary>
/// A piece of the hub's state kept current from the centres' events (the combined plan, deadlines,
/// the lead). Runs inside the same transaction as the registry, once per event id, after the case
/// registry and the timeline have taken the event.
/// </summary>
public interface IHubProjection
{
    Task ApplyAsync(WriteUnit work, RegistryChange change);
}
