using Hub.Persistence;
using Microsoft.AspNetCore.Http;

namespace Hub.Coordination.Access;

/// <summary>
/// A request that passed the citizen access path (<see cref="CitizenAccessPath"/>): its unit of work, with
/// the access-log row already written in it, and the access decided. The handler commits what it did.
/// </summary>
public sealed class CitizenSession(UnitOfWork work, string citizenId, AccessDecision access, DateTimeOffset now)
{
    public UnitOfWork Work { get; } = work;
    public string CitizenId { get; } = citizenId;
    public AccessDecision Access { get; } = access;
    public DateTimeOffset Now { get; } = now;

    /// <summary>The session the access path opened for this request.</summary>
    public static CitizenSession Of(HttpContext http) => http.Items[typeof(CitizenSession)] as CitizenSession
        ?? throw new InvalidOperationException("The endpoint reads a citizen without WithCitizenAccess(...).");
}
