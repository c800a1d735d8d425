using Hub.Coordination.Citizens;
using Hub.Coordination.Registry;
using Hub.Persistence;
using Hub.ServiceDefaults.Errors;
using Hub.ServiceDefaults.Privacy;
using Hub.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Hub.Messaging.Operations;

namespace Hub.Coordination.Access;

/// <summary>
/// The one way into a citizen's data, for reads and writes alike: a valid citizen id, a purpose (<c>X-Purpose</c>),
/// a known citizen, the reader's access, and exactly one access-log row per request, written from the result:
/// <c>allowed</c>, <c>refused</c> (here or a 403 from the handler) or <c>not-found</c>. The path opens the unit the
/// endpoint needs and ends it, so a handler cannot forget the row:
/// <list type="bullet">
/// <item><see cref="WithCitizenRead(RouteHandlerBuilder, string)"/>: a read unit, off the write lock; the row goes through
/// the group commit after the read, and the answer leaves once it is durable.</item>
/// <item><see cref="WithCitizenWrite"/>: a write unit under the citizen's lock, the row in the same unit. An answer
/// other than 2xx undoes the handler's writes, and the row is written alone.</item>
/// </list>
/// The lookup, which names its citizen by a CPR in its body, goes through <see cref="ReadAsync"/> itself.
/// </summary>
public static class CitizenAccessPath
{
    public const string InvalidId = "'citizenId' must be an opaque citizen id from POST /api/citizens/lookup.";

    /// <summary>An endpoint that only reads the citizen; <paramref name="view"/> names it in the access log.</summary>
    public static RouteHandlerBuilder WithCitizenRead(this RouteHandlerBuilder endpoint, string view) =>
        endpoint.WithCitizenRead(_ => view);

    /// <summary>As above, when the request decides the name the access log gives the view.</summary>
    public static RouteHandlerBuilder WithCitizenRead(this RouteHandlerBuilder endpoint, Func<HttpContext, string> view) =>
        endpoint.WithFilter(new Filter(view, writes: false));

    /// <summary>An endpoint that changes the citizen's data; see the class summary.</summary>
    public static RouteHandlerBuilder WithCitizenWrite(this RouteHandlerBuilder endpoint, string view) =>
        endpoint.WithFilter(new Filter(_ => view, writes: true));

    private static RouteHandlerBuilder WithFilter(this RouteHandlerBuilder endpoint, Filter filter) => endpoint
        .AddEndpointFilter(filter)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>
    /// Reads <paramref name="citizenId"/> for <paramref name="handler"/> if the reader may, and logs the request once
    /// (<paramref name="view"/>, <paramref name="purpose"/>). An unknown citizen or a refused reader gets what
    /// <paramref name="denied"/> makes of the outcome and the refusal's reason (the lookup says the same 404 for both).
    /// </summary>
    public static async Task<T> ReadAsync<T>(
        HttpContext http, string citizenId, string view, Purpose purpose, Func<CitizenSession, Task<T>> handler, Func<string, string?, T> denied)
    {
        var (database, now) = Context(http);
        var outcome = AccessOutcomes.Allowed;
        try
        {
            return await database.ReadAsync(async read =>
            {
                var access = await DecideAsync(read, http, citizenId, now);
                if (access is not { Allowed: true })
                {
                    outcome = access is null ? AccessOutcomes.NotFound : AccessOutcomes.Refused;
                    return denied(outcome, access?.Reason);
                }

                var answer = await handler(new CitizenSession(read, citizenId, access, now));
                if (IsRefusal(answer)) outcome = AccessOutcomes.Refused;
                return answer;
            }, http.RequestAborted);
        }
        finally
        {
            // Also when the handler threw: the hub read the data for this reader.
            await LogAsync(http, database, citizenId, view, purpose, now, outcome);
        }
    }

    private sealed class Filter(Func<HttpContext, string> view, bool writes) : IEndpointFilter
    {
        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            var http = context.HttpContext;
            if (http.GetRouteValue("citizenId") is not string citizenId || !CitizenIdentity.LooksLikeCitizenId(citizenId))
            {
                return ApiProblems.Invalid("citizenId", InvalidId);
            }

            var (purpose, problem) = Purpose.Of(http);
            if (purpose is null) return AccessLog.InvalidPurpose(problem!);

            async Task<object?> Handle(CitizenSession session)
            {
                http.Items[typeof(CitizenSession)] = session;
                return await next(context);
            }

            if (!writes)
            {
                return await ReadAsync(http, citizenId, view(http), purpose, Handle, Denied);
            }

            return await WriteAsync(http, citizenId, view(http), purpose, Handle);
        }
    }

    private static async Task<object?> WriteAsync(HttpContext http, string citizenId, string view, Purpose purpose, Func<CitizenSession, Task<object?>> handler)
    {
        var (database, now) = Context(http);
        string? denied = null;
        try
        {
            var answer = await database.WriteAsync(async work =>
            {
                await CitizenLock.HoldAsync(work, citizenId);
                var access = await DecideAsync(work, http, citizenId, now);
                if (access is not { Allowed: true })
                {
                    denied = access is null ? AccessOutcomes.NotFound : AccessOutcomes.Refused;
                    await AccessLog.AppendAsync(work, http.User, citizenId, view, purpose, now, denied);
                    return Denied(denied, access?.Reason);
                }

                var result = await handler(new CitizenSession(work, citizenId, access, now));
                if (!IsSuccess(result)) throw new UndoneWrite(IsRefusal(result) ? AccessOutcomes.Refused : AccessOutcomes.Allowed, result);
                await AccessLog.AppendAsync(work, http.User, citizenId, view, purpose, now, AccessOutcomes.Allowed);
                return result;
            }, http.RequestAborted);
            // Counted once the unit holding the row is durable, as a read's row is.
            Counted(http, denied ?? AccessOutcomes.Allowed);
            return answer;
        }
        catch (UndoneWrite undone)
        {
            await LogAsync(http, database, citizenId, view, purpose, now, undone.Outcome);
            return undone.Result;
        }
    }

    /// <summary>The reader's access to the citizen, or null when the hub does not know the citizen.</summary>
    private static async Task<AccessDecision?> DecideAsync(ReadUnit read, HttpContext http, string citizenId, DateTimeOffset now) =>
        await CitizenQueries.ExistsAsync(read, citizenId) ? await CitizenAccess.DecideAsync(read, http.User, citizenId, now) : null;

    private static object? Denied(string outcome, string? reason) => outcome == AccessOutcomes.NotFound
        ? ApiProblems.NotFound("Citizen not known.", "The hub has no citizen with this id.")
        : ApiProblems.Forbidden(reason ?? "You may not read this citizen's data.");

    private static async Task LogAsync(HttpContext http, ModuleDatabase database, string citizenId, string view, Purpose purpose, DateTimeOffset now, string outcome)
    {
        await database.WriteAsync(log => AccessLog.AppendAsync(log, http.User, citizenId, view, purpose, now, outcome));
        Counted(http, outcome);
    }

    private static void Counted(HttpContext http, string outcome)
    {
        var metrics = http.RequestServices.GetRequiredService<HubMetrics>();
        metrics.AccessLogged();
        if (outcome == AccessOutcomes.Refused) metrics.ReadRefused();
    }

    private static (ModuleDatabase Database, DateTimeOffset Now) Context(HttpContext http) => (
        http.RequestServices.GetRequiredKeyedService<ModuleDatabase>(CoordinationModule.DatabaseName),
        http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow());

    private static int? StatusOf(object? result)
    {
        while (result is INestedHttpResult nested) result = nested.Result;
        return (result as IStatusCodeHttpResult)?.StatusCode;
    }

    private static bool IsRefusal(object? result) => StatusOf(result) == StatusCodes.Status403Forbidden;

    private static bool IsSuccess(object? result) => StatusOf(result) is null or (>= 200 and < 300);

    /// <summary>Carries a write endpoint's answer out of its unit, so that the unit is undone and the answer still given.</summary>
    private sealed class UndoneWrite(string outcome, object? result) : Exception("The write endpoint answered other than 2xx; its writes are undone.")
    {
        public string Outcome { get; } = outcome;
        public object? Result { get; } = result;
    }
}
