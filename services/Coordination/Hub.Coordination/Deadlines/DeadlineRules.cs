using System.Globalization;
using Hub.Coordination.Leads;
using Hub.Coordination.Plans;
using Hub.Persistence;

namespace Hub.Coordination.Deadlines;

/// <summary>Each deadline of DOMAIN.md as a query: the alerts that should be open at <c>now</c>.</summary>
public sealed class DeadlineRules(DeadlineOptions options, LeadOptions lead)
{
    public async Task<IReadOnlyList<AlertDue>> NotificationsNotAssessedAsync(UnitOfWork work, DateTimeOffset now)
    {
        var rows = await work.QueryAsync<NotificationRow>(
            "SELECT notification_id AS NotificationId, citizen_id AS CitizenId, department AS Department, received_at AS ReceivedAt FROM notifications WHERE received_at IS NOT NULL AND assessed_at IS NULL");
        return rows.Where(n => n.ReceivedAt!.Value + options.NotificationAssessment < now)
            .Select(n => new AlertDue(
                $"{AlertKinds.NotificationNotAssessed}:{n.NotificationId}", AlertKinds.NotificationNotAssessed, n.CitizenId, n.Department, null,
                $"Notification received {Day(n.ReceivedAt!.Value)} is not assessed within {options.NotificationAssessment.TotalHours:0} hours.",
                n.ReceivedAt.Value + options.NotificationAssessment))
            .ToList();
    }

    public async Task<IReadOnlyList<AlertDue>> NotificationsWithoutInterventionAsync(UnitOfWork work, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var rows = await work.QueryAsync<NotificationRow>(
            """
            SELECT n.notification_id AS NotificationId, n.citizen_id AS CitizenId, n.department AS Department, n.received_at AS ReceivedAt
            FROM notifications n WHERE n.received_at IS NOT NULL
            """);
        var due = new List<AlertDue>();
        foreach (var n in rows.Where(n => n.ReceivedAt!.Value + options.NotificationToIntervention < now))
        {
            var received = DateOnly.FromDateTime(n.ReceivedAt!.Value.UtcDateTime);
            var started = await work.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM plan_interventions WHERE citizen_id = @CitizenId AND added_seen = 1 AND starts_on >= @Received AND starts_on <= @Today",
                new { n.CitizenId, Received = received, Today = today });
            if (started == 0)
            {
                due.Add(new AlertDue(
                    $"{AlertKinds.NoInterventionWithinDeadline}:{n.NotificationId}", AlertKinds.NoInterventionWithinDeadline, n.CitizenId, n.Department, null,
                    $"No intervention started within {options.NotificationToIntervention.TotalDays:0} days of the notification received {Day(n.ReceivedAt.Value)}.",
                    n.ReceivedAt.Value + options.NotificationToIntervention));
            }
        }

        return due;
    }

    public async Task<IReadOnlyList<AlertDue>> ChildWelfareInvestigationsAsync(UnitOfWork work, DateTimeOffset now)
    {
        var rows = await work.QueryAsync<CaseRow>(
            """
            SELECT case_id AS CaseId, citizen_id AS CitizenId, department AS Department, caseworker_id AS CaseworkerId, opened_at AS OpenedAt
            FROM hub_cases WHERE case_type = 'child-welfare' AND status = 'open' AND opened_seen = 1
            """);
        return rows.Where(c => c.OpenedAt!.Value.AddMonths(options.ChildWelfareInvestigationMonths) < now)
            .Select(c => new AlertDue(
                $"{AlertKinds.ChildWelfareInvestigationOverdue}:{c.CaseId}", AlertKinds.ChildWelfareInvestigationOverdue, c.CitizenId, c.Department, c.CaseworkerId,
                $"Child welfare investigation opened {Day(c.OpenedAt!.Value)} is open past {options.ChildWelfareInvestigationMonths} months.",
                c.OpenedAt.Value.AddMonths(options.ChildWelfareInvestigationMonths)))
            .ToList();
    }

    public async Task<IReadOnlyList<AlertDue>> FollowUpsOverdueAsync(UnitOfWork work, PlanService plans, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var coordinated = await work.QueryAsync<string>("SELECT citizen_id FROM combined_plans WHERE status = 'active'");
        var due = new List<AlertDue>();
        foreach (var citizenId in coordinated)
        {
            var plan = await plans.ReadAsync(work, citizenId, now);
            if (plan?.NextFollowUpOn is { } next && next < today)
            {
                var leadDepartment = await work.QuerySingleOrDefaultAsync<string>("SELECT department FROM leads WHERE citizen_id = @CitizenId", new { CitizenId = citizenId });
                var leadCaseworker = await work.QuerySingleOrDefaultAsync<string>("SELECT caseworker_id FROM leads WHERE citizen_id = @CitizenId", new { CitizenId = citizenId });
                due.Add(new AlertDue(
                    $"{AlertKinds.FollowUpOverdue}:{citizenId}", AlertKinds.FollowUpOverdue, citizenId, leadDepartment, leadCaseworker,
                    $"Coordinated citizen not followed up since {next.AddMonths(-options.FollowUpMonths):yyyy-MM-dd}; follow-up was due {next:yyyy-MM-dd}.",
                    new DateTimeOffset(next.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));
            }
        }

        return due;
    }

    public async Task<IReadOnlyList<AlertDue>> AftercareNotPlannedAsync(UnitOfWork work, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var rows = await work.QueryAsync<YoungPersonRow>(
            """
            SELECT y.case_id AS CaseId, y.citizen_id AS CitizenId, y.department AS Department, y.turns_eighteen_on AS TurnsEighteenOn
            FROM young_people y
            WHERE NOT EXISTS (SELECT 1 FROM hub_cases a WHERE a.citizen_id = y.citizen_id AND a.department = 'aftercare' AND a.opened_seen = 1)
            """);
        return rows.Where(y => y.TurnsEighteenOn.AddMonths(-options.AftercarePlanningMonthsBeforeEighteen) <= today)
            .Select(y => new AlertDue(
                $"{AlertKinds.AftercareNotPlanned}:{y.CaseId}", AlertKinds.AftercareNotPlanned, y.CitizenId, y.Department, null,
                $"Young person in placement turns 18 on {y.TurnsEighteenOn:yyyy-MM-dd} and no aftercare case is open.",
                new DateTimeOffset(y.TurnsEighteenOn.AddMonths(-options.AftercarePlanningMonthsBeforeEighteen).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)))
            .ToList();
    }

    public async Task<IReadOnlyList<AlertDue>> CaseworkersOverCapAsync(UnitOfWork work, DateTimeOffset now)
    {
        var rows = await work.QueryAsync<CaseloadRow>(
            """
            SELECT caseworker_id AS CaseworkerId, MIN(department) AS Department, COUNT(*) AS Active
            FROM hub_cases WHERE status = 'open' AND opened_seen = 1 AND caseworker_id IS NOT NULL
            GROUP BY caseworker_id
            """);
        return rows.Where(r => r.Active > lead.CaseloadCap)
            .Select(r => new AlertDue(
                $"{AlertKinds.CaseworkerOverCap}:{r.CaseworkerId}", AlertKinds.CaseworkerOverCap, null, r.Department, r.CaseworkerId,
                $"Caseworker {r.CaseworkerId} has {r.Active} active cases, over the cap of {lead.CaseloadCap}.", now))
            .ToList();
    }

    /// <summary>Lead-over-cap alerts stay open while that caseworker still leads the citizen and is still at or over the cap.</summary>
    public async Task<IReadOnlyList<string>> LeadsStillOverCapAsync(UnitOfWork work)
    {
        var keys = await work.QueryAsync<string>(
            """
            SELECT a.alert_key FROM alerts a
            JOIN leads l ON l.citizen_id = a.citizen_id AND l.caseworker_id = a.caseworker_id
            WHERE a.kind = @Kind AND a.resolved_at IS NULL
              AND (SELECT COUNT(*) FROM hub_cases c WHERE c.caseworker_id = a.caseworker_id AND c.status = 'open' AND c.opened_seen = 1) >= @Cap
            """, new { Kind = AlertKinds.LeadAssignedOverCap, Cap = lead.CaseloadCap });
        return keys.ToList();
    }

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private sealed class NotificationRow
    {
        public Guid NotificationId { get; set; }
        public string CitizenId { get; set; } = "";
        public string Department { get; set; } = "";
        public DateTimeOffset? ReceivedAt { get; set; }
    }

    private sealed class CaseRow
    {
        public Guid CaseId { get; set; }
        public string CitizenId { get; set; } = "";
        public string Department { get; set; } = "";
        public string? CaseworkerId { get; set; }
        public DateTimeOffset? OpenedAt { get; set; }
    }

    private sealed class YoungPersonRow
    {
        public Guid CaseId { get; set; }
        public string CitizenId { get; set; } = "";
        public string Department { get; set; } = "";
        public DateOnly TurnsEighteenOn { get; set; }
    }

    private sealed class CaseloadRow
    {
        public string CaseworkerId { get; set; } = "";
        public string? Department { get; set; }
        public long Active { get; set; }
    }
}
