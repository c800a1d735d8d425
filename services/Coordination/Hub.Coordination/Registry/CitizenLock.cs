using Hub.Persistence;

namespace Hub.Coordination.Registry;

/// <summary>
/// Serialises the hub's decisions about one citizen across instances (docs/scaling.md): every unit of work that
/// reads a citizen's state to decide (an event applied, a consent, an override, the deadline pass) holds the
/// citizen first, then reads. On SQLite the write transaction already holds the whole file; on SQL Server it
/// is an application lock, so two instances never decide about one citizen from two snapshots.
/// </summary>
public static class CitizenLock
{
    public static Task HoldAsync(WriteUnit work, string citizenId) => work.SerializeOnAsync("citizen:" + citizenId);
}
