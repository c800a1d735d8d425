using Hub.Coordination.Citizens;
using Hub.Persistence;
using Hub.ServiceDefaults.Errors;
using Hub.ServiceDefaults.Privacy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Coordination.Access;

/// <summary>
/// The one way into a citizen's data, for reads and writes alike: a valid citizen id, a purpose
/// (<c>X-Purpose</c>), a known citizen, the reader's access, and an access-log row written in the unit of
/// work the handler then uses (<see cref="CitizenSession"/>). A refusal rolls the unit of work back.
/// </summary>
public static class CitizenAccessPath
{
    /// <summary>Puts the endpoint behind the access path; <paramref name="view"/> names it in the access log.</summary>
    public static RouteHandlerBuilder WithCitizenAccess(this RouteHandlerBuilder endpoint, string view) =>
        endpoint.WithCitizenAccess(_ => view);

    /// <summary>As above, when the request decides the name the access log gives the view.</summary>
    public static RouteHandlerBuilder WithCitizenAccess(this RouteHandlerBuilder endpoint, Func<HttpContext, string> view) => endpoint
        .AddEndpointFilter(new Filter(view))
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound);

    public const string InvalidId = "'citizenId' must be an opaque citizen id from POST /api/citizens/lookup.";

    private sealed class Filter(Func<HttpContext, string> view) : IEndpointFilter
    {
        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            var http = context.HttpContext;
            if (http.GetRouteValue("citizenId") is not string citizenId || !CitizenIdentity.LooksLikeCitizenId(citizenId))
            {
                return ApiProblems.Invalid("citizenId", InvalidId);
            }

            if (AccessLog.PurposeOf(http) is not { } purpose) return AccessLog.MissingPurpose();

            var services = http.RequestServices;
            var database = services.GetRequiredKeyedService<ModuleDatabase>(CoordinationModule.DatabaseName);
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            await using var work = await database.BeginAsync(http.RequestAborted);
            if (!await CitizenQueries.ExistsAsync(work, citizenId))
            {
                return ApiProblems.NotFound("Citizen not known.", "The hub has no citizen with this id.");
            }

            var access = await CitizenAccess.DecideAsync(work, http.User, citizenId, now);
            if (!access.Allowed) return ApiProblems.Forbidden(access.Reason);

            await AccessLog.AppendAsync(work, http.User, citizenId, view(http), purpose, now);
            http.Items[typeof(CitizenSession)] = new CitizenSession(work, citizenId, access, now);
            return await next(context);
        }
    }
}
