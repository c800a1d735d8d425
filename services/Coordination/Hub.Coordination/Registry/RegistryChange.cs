using Hub.Contracts;
using Hub.Coordination.Lifecycle;

namespace Hub.Coordination.Registry;

/// <summary>
/// One centre event as the projections see it: the event, the citizen's active cases and consent after
/// it (read once for the whole unit of work), and the time it was applied.
/// </summary>
public sealed record RegistryChange(ICitizenEvent Event, CoordinationState Citizen, DateTimeOffset Now)
{
    public string CitizenId => Event.CitizenId;
}
