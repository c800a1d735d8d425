using Hub.Contracts;
using Hub.Coordination.Citizens;
using Hub.Persistence;
using Hub.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Coordination.Deadlines;

/// <summary><c>GET /api/alerts?department=&amp;kind=</c>: a team leader's open alerts for their own centre.</summary>
public static class AlertEndpoints
{
    public static IEndpointRouteBuilder MapAlertEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/alerts", Get).RequireAuthorization(HubPolicies.TeamLeader).WithTags("Alerts");
        return app;
    }

    private static async Task<IResult> Get(
        HttpContext http, string? department, string? kind,
        [FromKeyedServices(CoordinationModule.DatabaseName)] ModuleDatabase database, CancellationToken ct)
    {
        if (department is not null && !Departments.IsKnown(department))
        {
            return CitizenProblems.Invalid("department", $"'department' must be one of: {string.Join(", ", Departments.All)}.");
        }

        if (kind is not null && !AlertKinds.All.Contains(kind))
        {
            return CitizenProblems.Invalid("kind", $"'kind' must be one of: {string.Join(", ", AlertKinds.All)}.");
        }

        var own = http.User.DepartmentOf();
        if (own is null) return CitizenProblems.Forbidden("Your token names no centre, so there are no alerts to show.");
        if (department is not null && department != own)
        {
            return CitizenProblems.Forbidden($"A team leader sees the alerts of their own centre ({own}).");
        }

        await using var work = await database.BeginAsync(ct);
        var alerts = await AlertStore.OpenAsync(work, own, kind, null);
        return Results.Ok(new { department = own, alerts });
    }
}
