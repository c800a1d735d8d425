using Hub.Contracts;
using Hub.Coordination.Citizens;
using Hub.Coordination.Deadlines;
using Hub.Persistence;
using Hub.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Coordination.Stats;

/// <summary><c>GET /api/stats/centres</c>: aggregate figures per centre, no citizen data; for team leaders and ops.</summary>
public static class StatsEndpoints
{
    public sealed record CentreFigures(
        string Department,
        double? MedianDaysNotificationToIntervention,
        double? ShareWithinDeadline,
        double? MedianDaysBetweenContacts,
        int CoordinatedCitizens);

    public static IEndpointRouteBuilder MapStatsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/stats/centres", Get).WithTags("Stats");
        return app;
    }

    private static async Task<IResult> Get(
        HttpContext http, IOptions<DeadlineOptions> options, TimeProvider time,
        [FromKeyedServices(CoordinationModule.DatabaseName)] ModuleDatabase database, CancellationToken ct)
    {
        if (!http.User.IsInRole(HubRoles.TeamLeader) && !http.User.IsInRole(HubRoles.Ops))
        {
            return CitizenProblems.Forbidden("Centre figures are for team leaders and ops.");
        }

        var now = time.GetUtcNow();
        var deadline = options.Value.NotificationToIntervention.TotalDays;
        await using var work = await database.BeginAsync(ct);
        var notifications = (await work.QueryAsync<NotificationRow>(
            "SELECT citizen_id AS CitizenId, department AS Department, received_at AS ReceivedAt FROM notifications WHERE received_at IS NOT NULL")).ToList();
        var starts = (await work.QueryAsync<InterventionRow>(
            "SELECT citizen_id AS CitizenId, department AS Department, starts_on AS StartsOn FROM plan_interventions WHERE added_seen = 1 AND starts_on IS NOT NULL"))
            .ToLookup(i => (i.CitizenId, i.Department), i => i.StartsOn);
        foreach (var n in notifications)
        {
            var received = DateOnly.FromDateTime(n.ReceivedAt!.Value.UtcDateTime);
            n.FirstStart = starts[(n.CitizenId, n.Department)].Where(d => d >= received).Order().Cast<DateOnly?>().FirstOrDefault();
        }

        var contacts = (await work.QueryAsync<ContactRow>("SELECT department AS Department, case_id AS CaseId, at AS At FROM contacts")).ToList();
        var coordinated = (await work.QueryAsync<CoordinatedRow>(
            """
            SELECT DISTINCT c.department AS Department, c.citizen_id AS CitizenId
            FROM combined_plans p JOIN hub_cases c ON c.citizen_id = p.citizen_id
            WHERE p.status = 'active' AND c.status = 'open' AND c.opened_seen = 1
            """)).ToList();

        var figures = Departments.All.Select(department =>
        {
            var own = notifications.Where(n => n.Department == department).ToList();
            var days = own.Where(n => n.FirstStart is not null && n.FirstStart.Value >= DateOnly.FromDateTime(n.ReceivedAt!.Value.UtcDateTime))
                .Select(n => (double)(n.FirstStart!.Value.DayNumber - DateOnly.FromDateTime(n.ReceivedAt!.Value.UtcDateTime).DayNumber)).ToList();
            // Only notifications whose outcome is known count towards the share: started, or already past the deadline.
            var decided = own.Count(n => n.FirstStart is not null || (now - n.ReceivedAt!.Value).TotalDays > deadline);
            double? share = decided == 0 ? null : (double)days.Count(d => d <= deadline) / decided;
            var gaps = CentreStatistics.GapsBetweenContacts(contacts.Where(c => c.Department == department).Select(c => (c.CaseId, c.At)));
            return new CentreFigures(
                department, CentreStatistics.Median(days), share, CentreStatistics.Median(gaps),
                coordinated.Where(c => c.Department == department).Select(c => c.CitizenId).Distinct().Count());
        }).ToList();
        return Results.Ok(new { centres = figures, notificationToInterventionDays = deadline });
    }

    private sealed class InterventionRow
    {
        public string CitizenId { get; set; } = "";
        public string Department { get; set; } = "";
        public DateOnly StartsOn { get; set; }
    }

    private sealed class NotificationRow
    {
        public string CitizenId { get; set; } = "";
        public string Department { get; set; } = "";
        public DateTimeOffset? ReceivedAt { get; set; }
        public DateOnly? FirstStart { get; set; }
    }

    private sealed class ContactRow
    {
        public string Department { get; set; } = "";
        public Guid CaseId { get; set; }
        public DateTimeOffset At { get; set; }
    }

    private sealed class CoordinatedRow
    {
        public string Department { get; set; } = "";
        public string CitizenId { get; set; } = "";
    }
}
