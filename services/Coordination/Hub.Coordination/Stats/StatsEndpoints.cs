using Hub.Api.Stats;
using Hub.Coordination.Deadlines;
using Hub.Persistence;
using Hub.ServiceDefaults.Errors;
using Hub.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Coordination.Stats;

/// <summary><c>GET /api/stats/centres</c>: aggregate figures per centre, no citizen data; for team leaders and ops.</summary>
public static class StatsEndpoints
{
    public static IEndpointRouteBuilder MapStatsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/stats/centres", Get).RequireAuthorization(HubPolicies.CentreFigures).WithTags("Stats").ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    public static async Task<Ok<CentreStatisticsResponse>> Get(
        IOptions<DeadlineOptions> options, TimeProvider time,
        [FromKeyedServices(CoordinationModule.DatabaseName)] ModuleDatabase database, CancellationToken ct)
    {
        var deadline = options.Value.NotificationToIntervention;
        var figures = await database.ReadAsync(read => CentreStatisticsQuery.ReadAsync(read, deadline, time.GetUtcNow()), ct);
        return TypedResults.Ok(new CentreStatisticsResponse(figures, deadline.TotalDays));
    }
}
