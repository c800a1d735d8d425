using Hub.Coordination.Citizens;
using Hub.Coordination.Registry;
using Hub.Persistence;
using Hub.ServiceDefaults.Errors;
using Hub.ServiceDefaults.Privacy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Coordination.Access;

/// <summary>
/// The one way into a citizen's data, for reads and writes alike: a valid citizen id, a purpose
/// (<c>X-Purpose</c>), a known citizen, the reader's access, and an access-log row (<see cref="CitizenSession"/>).
/// A write writes its row in its own unit of work. A refusal, here or in the handler (a 403), rolls the
/// unit of work back and is logged on its own as <c>refused</c>. A pure read
/// (<see cref="WithCitizenRead"/>) reads in a deferred transaction, off SQLite's write lock, and its row goes
/// through the group commit: the answer leaves only once the row is durable, and many reads share one commit.
/// </summary>
public static class CitizenAccessPath
{
    /// <summary>Puts the endpoint behind the access path; <paramref name="view"/> names it in the access log.</summary>
    public static RouteHandlerBuilder WithCitizenAccess(this RouteHandlerBuilder endpoint, string view) =>
        endpoint.WithCitizenAccess(_ => view);

    /// <summary>For an endpoint that only reads: see the class summary.</summary>
    public static RouteHandlerBuilder WithCitizenRead(this RouteHandlerBuilder endpoint, string view) =>
        endpoint.WithCitizenAccess(_ => view, readOnly: true);

    /// <summary>As above, when the request decides the name the access log gives the view.</summary>
    public static RouteHandlerBuilder WithCitizenAccess(this RouteHandlerBuilder endpoint, Func<HttpContext, string> view, bool readOnly = false) => endpoint
        .AddEndpointFilter(new Filter(view, readOnly))
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound);

    public const string InvalidId = "'citizenId' must be an opaque citizen id from POST /api/citizens/lookup.";

    private sealed class Filter(Func<HttpContext, string> view, bool readOnly) : IEndpointFilter
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

            var services = http.RequestServices;
            var database = services.GetRequiredKeyedService<ModuleDatabase>(CoordinationModule.DatabaseName);
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            object? result;
            var readCompleted = false;
            await using (var work = readOnly ? await database.BeginReadAsync(http.RequestAborted) : await database.BeginAsync(http.RequestAborted))
            {
                if (!readOnly) await CitizenLock.HoldAsync(work, citizenId);
                if (!await CitizenQueries.ExistsAsync(work, citizenId))
                {
                    return ApiProblems.NotFound("Citizen not known.", "The hub has no citizen with this id.");
                }

                var access = await CitizenAccess.DecideAsync(work, http.User, citizenId, now);
                if (access.Allowed)
                {
                    if (!readOnly) await AccessLog.AppendAsync(work, http.User, citizenId, view(http), purpose, now);
                    http.Items[typeof(CitizenSession)] = new CitizenSession(work, citizenId, access, now);
                    result = await next(context);
                    readCompleted = readOnly && work.Committed;
                }
                else
                {
                    result = ApiProblems.Forbidden(access.Reason);
                }
            }

            if (IsRefusal(result))
            {
                database.Metrics?.ReadRefused();
                await AccessLog.AppendRefusalAsync(database, http.User, citizenId, view(http), purpose, now, AccessOutcomes.Refused, http.RequestAborted);
            }
            else if (readCompleted)
            {
                // Like a write's row, a read's row stands only if the handler completed its read (committed);
                // the answer leaves once the row is durable, and concurrent reads share one commit.
                await database.Batches.RunAsync(async log =>
                {
                    await AccessLog.AppendAsync(log, http.User, citizenId, view(http), purpose, now);
                    await log.CommitAsync();
                });
            }

            return result;
        }

        private static bool IsRefusal(object? result)
        {
            while (result is INestedHttpResult nested) result = nested.Result;
            return result is IStatusCodeHttpResult { StatusCode: StatusCodes.Status403Forbidden };
        }
    }
}
