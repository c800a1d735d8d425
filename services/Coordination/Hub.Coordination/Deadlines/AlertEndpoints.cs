using Hub.Api.Alerts;
using Hub.Contracts;
using Hub.Persistence;
using Hub.ServiceDefaults.Errors;
using Hub.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Coordination.Deadlines;

/// <summary><c>GET /api/alerts?department=&amp;kind=</c>: a team leader's open alerts for their own centre.</summary>
public static class AlertEndpoints
{
    private const int DefaultPageSize = 100;
    private const int MaxPageSize = 500;

    public static IEndpointRouteBuilder MapAlertEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/alerts", Get).RequireAuthorization(HubPolicies.TeamLeader).WithTags("Alerts").ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    public static async Task<Results<Ok<AlertsResponse>, ValidationProblem, ProblemHttpResult>> Get(
        HttpContext http, [AsParameters] AlertQuery query,
        [FromKeyedServices(CoordinationModule.DatabaseName)] ModuleDatabase database, CancellationToken ct)
    {
        var (department, kind) = (query.Department, query.Kind);
        if (department is not null && !Departments.IsKnown(department))
        {
            return ApiProblems.Invalid("department", $"'department' must be one of: {string.Join(", ", Departments.All)}.");
        }

        if (kind is not null && !AlertKinds.All.Contains(kind))
        {
            return ApiProblems.Invalid("kind", $"'kind' must be one of: {string.Join(", ", AlertKinds.All)}.");
        }

        if (query.Offset is < 0) return ApiProblems.Invalid("offset", "'offset' must not be negative.");
        if (query.Limit is < 1 or > MaxPageSize) return ApiProblems.Invalid("limit", $"'limit' must be between 1 and {MaxPageSize}.");

        var own = http.User.DepartmentOf();
        if (own is null) return ApiProblems.Forbidden("Your token names no centre, so there are no alerts to show.");
        if (department is not null && department != own)
        {
            return ApiProblems.Forbidden($"A team leader sees the alerts of their own centre ({own}).");
        }

        var alerts = await database.ReadAsync(read => AlertStore.OpenAsync(read, own, kind, null), ct);
        var (offset, limit) = (query.Offset ?? 0, query.Limit ?? DefaultPageSize);
        return TypedResults.Ok(new AlertsResponse(own, alerts.Skip(offset).Take(limit).ToList(), alerts.Count, offset, limit));
    }
}
