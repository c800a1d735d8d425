using Hub.Coordination.Access;
using Hub.Persistence;
using Microsoft.AspNetCore.Http;

namespace Hub.Coordination.Citizens;

/// <summary>
/// The steps every read of one citizen takes, in order: a valid id, a purpose, a known citizen, the
/// reader's access, and then an access-log row in the same transaction as the read.
/// </summary>
public static class CitizenRead
{
    public static async Task<(UnitOfWork? Work, AccessDecision? Access, IResult? Problem)> BeginAsync(
        HttpContext http, ModuleDatabase database, string citizenId, string view, DateTimeOffset now, CancellationToken ct)
    {
        if (CitizenProblems.InvalidId(citizenId) is { } invalid) return (null, null, invalid);
        var (purpose, missing) = AccessLog.PurposeOf(http);
        if (missing is not null) return (null, null, missing);

        var work = await database.BeginAsync(ct);
        if (!await CitizenQueries.ExistsAsync(work, citizenId))
        {
            await work.DisposeAsync();
            return (null, null, CitizenProblems.UnknownCitizen());
        }

        var access = await CitizenAccess.DecideAsync(work, http.User, citizenId, now);
        if (!access.Allowed)
        {
            await work.DisposeAsync();
            return (null, access, CitizenProblems.Forbidden(access.Reason));
        }

        await AccessLog.AppendAsync(work, http.User, citizenId, view, purpose!, now);
        return (work, access, null);
    }
}
