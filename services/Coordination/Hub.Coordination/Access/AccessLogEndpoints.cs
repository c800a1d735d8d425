using Hub.Api.AccessLog;
using Hub.Coordination.Consent;
using Hub.ServiceDefaults.Errors;
using Hub.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hub.Coordination.Access;

/// <summary>
/// <c>GET /api/citizens/{id}/access-log</c>: the log (who, when, view, purpose, outcome) for a team leader of an involved
/// centre, cut to the reads by the centres the consent in force lets them see; <c>?view=citizen</c> gives the citizen's
/// own version, only the dates and purposes (CJEU C-579/21) and every consent recorded, which an involved caseworker may
/// also fetch. Given with the purpose code <c>citizen-request</c> (the citizen asked), it holds every centre's reads.
/// </summary>
public static class AccessLogEndpoints
{
    private const string CitizenVersion = "citizen";
    private const int DefaultPageSize = 100;
    private const int MaxPageSize = 500;

    public static void MapAccessLogEndpoints(this RouteGroupBuilder citizens)
    {
        citizens.MapGet("/{citizenId}/access-log", Get)
            .AddEndpointFilter(RefuseFullLogToNonLeaders)
            .WithCitizenRead(http => http.Request.Query["view"] == CitizenVersion ? "access-log-citizen" : "access-log");
    }

    public static async Task<Results<Ok<AccessLogResponse>, Ok<CitizenAccessLogResponse>, ValidationProblem>> Get(
        HttpContext http, [AsParameters] AccessLogQuery query, CancellationToken ct)
    {
        if (query.Limit is < 1 or > MaxPageSize) return ApiProblems.Invalid("limit", $"'limit' must be between 1 and {MaxPageSize}.");
        var session = CitizenSession.Of(http);
        var pageSize = query.Limit ?? DefaultPageSize;
        var citizenAsked = query.View == CitizenVersion && Purpose.Of(http).Purpose?.Code == Purpose.CitizenRequest;
        var entries = await AccessLog.PageAsync(
            session.Work, session.CitizenId, citizenAsked ? null : session.Access.VisibleDepartments, query.Before, query.BeforeEntryId, pageSize);
        var full = entries.Count == pageSize;
        var (nextBefore, nextEntry) = full ? (entries[^1].ReadAt, entries[^1].EntryId) : ((DateTimeOffset?)null, (Guid?)null);
        if (query.View == CitizenVersion)
        {
            var consents = await ConsentStore.HistoryAsync(session.Work, session.CitizenId);
            return TypedResults.Ok(new CitizenAccessLogResponse(
                session.CitizenId,
                entries.Select(e => new CitizenAccessLogEntry(DateOnly.FromDateTime(e.ReadAt.UtcDateTime), e.Purpose)).ToList(),
                ConsentHistory.AsCitizenSeesIt(consents), nextBefore, nextEntry));
        }

        return TypedResults.Ok(new AccessLogResponse(session.CitizenId, entries, nextBefore, nextEntry));
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
