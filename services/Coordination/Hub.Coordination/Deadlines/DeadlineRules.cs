using Hub.Coordination.Explanations;
using Hub.Coordination.Leads;
using Hub.Coordination.Plans;
using Hub.Persistence;
using static Hub.Api.Explanations.ExplanationArgs;

namespace Hub.Coordination.Deadlines;

/// <summary>Each deadline of DOMAIN.md as a query: the alerts that should be open at <c>now</c>.</summary>
public sealed class DeadlineRules(DeadlineOptions options, LeadOptions lead)
{
    public async Task<IReadOnlyList<AlertDue>> NotificationsNotAssessedAsync(ReadUnit work, DateTimeOffset now)
    {
        var rows = await work.QueryAsync<NotificationRow>(
            "SELECT notification_id AS NotificationId, citizen_id AS CitizenId, department AS Department, received_at AS ReceivedAt FROM notifications WHERE received_at IS NOT NULL AND assessed_at IS NULL");
        return rows.Where(n => n.ReceivedAt!.Value + options.NotificationAssessment < now)
            .Select(n => AlertDue.Of(
                $"{AlertKinds.NotificationNotAssessed}:{n.NotificationId}", AlertKinds.NotificationNotAssessed, n.CitizenId, n.Department, null,
                n.ReceivedAt!.Value + options.NotificationAssessment,
                (At, Arg.Instant(n.ReceivedAt.Value)), (Hours, Arg.Number(options.NotificationAssessment.TotalHours))))
            .ToList();
    }

    public async Task<IReadOnlyList<AlertDue>> NotificationsWithoutInterventionAsync(ReadUnit work, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var args = new { Cutoff = now - options.NotificationToIntervention, Today = today };
        var overdue = (await work.QueryAsync<NotificationRow>(
            """
            SELECT notification_id AS NotificationId, citizen_id AS CitizenId, department AS Department, received_at AS ReceivedAt
            FROM notifications WHERE received_at IS NOT NULL AND received_at < @Cutoff
            """, args)).ToList();
        var starts = (await work.QueryAsync<(string CitizenId, DateOnly StartsOn)>(
            """
            SELECT i.citizen_id AS CitizenId, i.starts_on AS StartsOn FROM plan_interventions i
            WHERE i.added_seen = 1 AND i.starts_on <= @Today
              AND EXISTS (SELECT 1 FROM notifications n WHERE n.citizen_id = i.citizen_id AND n.received_at IS NOT NULL AND n.received_at < @Cutoff)
            """, args)).ToLookup(s => s.CitizenId, s => s.StartsOn);

        return overdue
            .Where(n => !starts[n.CitizenId].Any(start => start >= DateOnly.FromDateTime(n.ReceivedAt!.Value.UtcDateTime)))
            .Select(n => AlertDue.Of(
                $"{AlertKinds.NoInterventionWithinDeadline}:{n.NotificationId}", AlertKinds.NoInterventionWithinDeadline, n.CitizenId, n.Department, null,
                n.ReceivedAt!.Value + options.NotificationToIntervention,
                (Days, Arg.Number(options.NotificationToIntervention.TotalDays)), (At, Arg.Instant(n.ReceivedAt.Value))))
            .ToList();
    }

    public async Task<IReadOnlyList<AlertDue>> ChildWelfareInvestigationsAsync(ReadUnit work, DateTimeOffset now)
    {
        var rows = await work.QueryAsync<CaseRow>(
            """
            SELECT case_id AS CaseId, citizen_id AS CitizenId, department AS Department, caseworker_id AS CaseworkerId, opened_at AS OpenedAt
            FROM active_cases WHERE case_type = 'child-welfare'
            """);
        return rows.Where(c => c.OpenedAt!.Value.AddMonths(options.ChildWelfareInvestigationMonths) < now)
            .Select(c => AlertDue.Of(
                $"{AlertKinds.ChildWelfareInvestigationOverdue}:{c.CaseId}", AlertKinds.ChildWelfareInvestigationOverdue, c.CitizenId, c.Department, c.CaseworkerId,
                c.OpenedAt!.Value.AddMonths(options.ChildWelfareInvestigationMonths),
                (At, Arg.Instant(c.OpenedAt.Value)), (Months, Arg.Number(options.ChildWelfareInvestigationMonths))))
            .ToList();
    }

    /// <summary>Reads the follow-up date the plan header keeps (see <see cref="PlanService"/>), not the whole plan.</summary>
    public async Task<IReadOnlyList<AlertDue>> FollowUpsOverdueAsync(ReadUnit work, DateTimeOffset now)
    {
        var rows = await work.QueryAsync<FollowUpRow>(
            """
            SELECT p.citizen_id AS CitizenId, p.next_follow_up_on AS NextFollowUpOn, l.department AS Department, l.caseworker_id AS CaseworkerId
            FROM combined_plans p LEFT JOIN leads l ON l.citizen_id = p.citizen_id
            WHERE p.status = 'active' AND p.next_follow_up_on < @Today
            """, new { Today = DateOnly.FromDateTime(now.UtcDateTime) });
        return rows.Select(r => AlertDue.Of(
                $"{AlertKinds.FollowUpOverdue}:{r.CitizenId}", AlertKinds.FollowUpOverdue, r.CitizenId, r.Department, r.CaseworkerId,
                new DateTimeOffset(r.NextFollowUpOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                (Since, Arg.Date(r.NextFollowUpOn.AddMonths(-options.FollowUpMonths))), (DueOn, Arg.Date(r.NextFollowUpOn))))
            .ToList();
    }

    public async Task<IReadOnlyList<AlertDue>> AftercareNotPlannedAsync(ReadUnit work, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var rows = await work.QueryAsync<YoungPersonRow>(
            """
            SELECT y.case_id AS CaseId, y.citizen_id AS CitizenId, y.department AS Department, y.turns_eighteen_on AS TurnsEighteenOn
            FROM young_people y
            WHERE NOT EXISTS (SELECT 1 FROM hub_cases a WHERE a.citizen_id = y.citizen_id AND a.department = 'aftercare' AND a.opened_seen = 1)
            """);
        return rows.Where(y => y.TurnsEighteenOn.AddMonths(-options.AftercarePlanningMonthsBeforeEighteen) <= today)
            .Select(y => AlertDue.Of(
                $"{AlertKinds.AftercareNotPlanned}:{y.CaseId}", AlertKinds.AftercareNotPlanned, y.CitizenId, y.Department, null,
                new DateTimeOffset(y.TurnsEighteenOn.AddMonths(-options.AftercarePlanningMonthsBeforeEighteen).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                (On, Arg.Date(y.TurnsEighteenOn))))
            .ToList();
    }

    public async Task<IReadOnlyList<AlertDue>> CaseworkersOverCapAsync(ReadUnit work, DateTimeOffset now)
    {
        var rows = await work.QueryAsync<CaseloadRow>(
            """
            SELECT caseworker_id AS CaseworkerId, department AS Department, COUNT(*) AS Active
            FROM active_cases WHERE caseworker_id IS NOT NULL
            GROUP BY department, caseworker_id
            """);
        return rows.Where(r => r.Active > lead.CaseloadCap)
            .Select(r => AlertDue.Of(
                $"{AlertKinds.CaseworkerOverCap}:{r.Department}:{r.CaseworkerId}", AlertKinds.CaseworkerOverCap, null, r.Department, r.CaseworkerId, now,
                (CaseworkerId, r.CaseworkerId), (Active, Arg.Number(r.Active)), (Cap, Arg.Number(lead.CaseloadCap))))
            .ToList();
    }

    /// <summary>Lead-over-cap alerts stay open while that caseworker still leads the citizen and is still at or over the cap.</summary>
    public async Task<IReadOnlyList<string>> LeadsStillOverCapAsync(ReadUnit work)
    {
        var keys = await work.QueryAsync<string>(
            """
            SELECT a.alert_key FROM alerts a
            JOIN leads l ON l.citizen_id = a.citizen_id AND l.caseworker_id = a.caseworker_id AND l.department = a.department
            WHERE a.kind = @Kind AND a.resolved_at IS NULL
              AND (SELECT COUNT(*) FROM active_cases c WHERE c.department = a.department AND c.caseworker_id = a.caseworker_id) >= @Cap
            """, new { Kind = AlertKinds.LeadAssignedOverCap, Cap = lead.CaseloadCap });
        return keys.ToList();
    }

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

    private sealed class FollowUpRow
    {
        public string CitizenId { get; set; } = "";
        public DateOnly NextFollowUpOn { get; set; }
        public string? Department { get; set; }
        public string? CaseworkerId { get; set; }
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
