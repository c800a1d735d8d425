using Hub.Persistence;
using Microsoft.AspNetCore.Http;

namespace Hub.Coordination.Access;

/// <summary>
/// A request that passed the citizen access path (<see cref="CitizenAccessPath"/>): the unit it reads (and, for an
/// endpoint mapped with <c>WithCitizenWrite</c>, writes) the citizen in, and the access decided. The path writes the
/// access-log row and ends the unit; the handler only does its work.
/// </summary>
public sealed class CitizenSession(ReadUnit work, string citizenId, AccessDecision access, DateTimeOffset now)
{
    /// <summary>What the handler reads through.</summary>
    public ReadUnit Work { get; } = work;

    /// <summary>What a write endpoint writes through: the same unit as <see cref="Work"/>, under the citizen's lock.</summary>
    public WriteUnit Writes => Work as WriteUnit
        ?? throw new InvalidOperationException("The endpoint writes but is mapped with WithCitizenRead(...); map it with WithCitizenWrite(...).");

    public string CitizenId { get; } = citizenId;
    public AccessDecision Access { get; } = access;
    public DateTimeOffset Now { get; } = now;

    /// <summary>The session the access path opened for this request.</summary>
    public static CitizenSession Of(HttpContext http) => http.Items[typeof(CitizenSession)] as CitizenSession
        ?? throw new InvalidOperationException("The endpoint reads a citizen without WithCitizenRead(...) or WithCitizenWrite(...).");
}
