using Hub.Api.AccessLog;
using Hub.ServiceDefaults.Errors;
using Hub.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hub.Coordination.Access;

/// <summary>
/// <c>GET /api/citizens/{id}/access-log</c>: the full log (who, when, view, purpose) for a team leader of
/// an involved centre; <c>?view=citizen</c> gives the citizen's own version, only the dates and purposes
/// (CJEU C-579/21), which an involved caseworker may also fetch to hand to the citizen.
/// </summary>
public static class AccessLogEndpoints
{
    private const string CitizenVersion = "citizen";

    public static void MapAccessLogEndpoints(this RouteGroupBuilder citizens)
    {
        citizens.MapGet("/{citizenId}/access-log", Get)
            .AddEndpointFilter(RefuseFullLogToNonLeaders)
            .WithCitizenAccess(http => http.Request.Query["view"] == CitizenVersion ? "access-log-citizen" : "access-log");
    }

    public static async Task<Results<Ok<AccessLogResponse>, Ok<CitizenAccessLogResponse>>> Get(HttpContext http, string? view, CancellationToken ct)
    {
        var session = CitizenSession.Of(http);
        var entries = await AccessLog.ReadAsync(session.Work, session.CitizenId);
        await session.Work.CommitAsync(ct);
        if (view == CitizenVersion)
        {
            return TypedResults.Ok(new CitizenAccessLogResponse(
                session.CitizenId, entries.Select(e => new CitizenAccessLogEntry(DateOnly.FromDateTime(e.ReadAt.UtcDateTime), e.Purpose)).ToList()));
        }

        return TypedResults.Ok(new AccessLogResponse(session.CitizenId, entries));
    }

    /// <summary>The query decides who may read before the access path logs the read, and names the log's view.</summary>
    private static async ValueTask<object?> RefuseFullLogToNonLeaders(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var view = http.Request.Query["view"].ToString();
        if (view.Length > 0 && view != CitizenVersion) return ApiProblems.Invalid("view", "'view' is either absent (the full log) or 'citizen'.");
        if (view.Length == 0 && !http.User.IsInRole(HubRoles.TeamLeader))
        {
            return ApiProblems.Forbidden("The full access log is for team leaders; use ?view=citizen for the citizen's own version.");
        }

        return await next(context);
    }
}
