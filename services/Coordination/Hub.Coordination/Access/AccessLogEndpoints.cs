using Hub.Coordination.Citizens;
using Hub.Persistence;
using Hub.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Coordination.Access;

/// <summary>
/// <c>GET /api/citizens/{id}/access-log</c>: the full log (who, when, view, purpose) for a team leader of
/// an involved centre; <c>?view=citizen</c> gives the citizen's own version, only the dates and purposes
/// (CJEU C-579/21), which an involved caseworker may also fetch to hand to the citizen.
/// </summary>
public static class AccessLogEndpoints
{
    public static void MapAccessLogEndpoints(this RouteGroupBuilder citizens) => citizens.MapGet("/{citizenId}/access-log", Get);

    private static async Task<IResult> Get(
        HttpContext http, string citizenId, string? view, TimeProvider time,
        [FromKeyedServices(CoordinationModule.DatabaseName)] ModuleDatabase database, CancellationToken ct)
    {
        var citizenVersion = view == "citizen";
        if (view is not null && !citizenVersion) return CitizenProblems.Invalid("view", "'view' is either absent (the full log) or 'citizen'.");
        if (!citizenVersion && !http.User.IsInRole(HubRoles.TeamLeader))
        {
            return CitizenProblems.Forbidden("The full access log is for team leaders; use ?view=citizen for the citizen's own version.");
        }

        var (work, _, problem) = await CitizenRead.BeginAsync(http, database, citizenId, citizenVersion ? "access-log-citizen" : "access-log", time.GetUtcNow(), ct);
        if (problem is not null) return problem;
        await using (work)
        {
            var entries = await AccessLog.ReadAsync(work!, citizenId);
            await work!.CommitAsync(ct);
            return citizenVersion
                ? Results.Ok(new { citizenId, entries = entries.Select(e => new AccessLog.CitizenEntry(DateOnly.FromDateTime(e.ReadAt.UtcDateTime), e.Purpose)) })
                : Results.Ok(new { citizenId, entries });
        }
    }
}
