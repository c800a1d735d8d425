using Hub.Coordination.Consent;
using Hub.Coordination.Leads;
using Hub.Coordination.Lifecycle;
using Hub.Coordination.Plans;
using Hub.Coordination.Registry;
using Hub.Persistence;
using Hub.ServiceDefaults.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Hub.Messaging.Operations;

namespace Hub.Coordination.Deadlines;

/// <summary>
/// Raises and resolves deadline alerts. One pass reads only the database and the clock and writes
/// alerts keyed by their subject, so it can run any number of times, and after a restart, to the same
/// result. The pass also lets a consent that expired since the last event stop coordination. With several
/// hub instances on one database, the instance holding the pass's <see cref="JobLease"/> runs it; the others
/// wait, and take over once the holder stops renewing it.
/// </summary>
public sealed class DeadlineMonitor(
    [FromKeyedServices(CoordinationModule.DatabaseName)] ModuleDatabase database,
    IOptions<DeadlineOptions> options,
    IOptions<LeadOptions> leadOptions,
    PlanService plans,
    CoordinationLifecycle lifecycle,
    TimeProvider time,
    HubMetrics metrics,
    ILogger<DeadlineMonitor> logger) : BackgroundService
{
    /// <summary>
    /// One evaluation pass at the clock's current time; tests call it after moving a fake clock. Each step
    /// is its own write unit (one citizen, or one rule) in the group commit beside the hub's events; what only
    /// finds the work reads off the write lock.
    /// </summary>
    public async Task EvaluateAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        // A consent that expired since the last event ends sharing even when no event arrives.
        foreach (var citizenId in await ReadAsync(work => work.QueryAsync<string>(
            """
            SELECT DISTINCT l.citizen_id FROM leads l JOIN consents c ON c.citizen_id = l.citizen_id
            WHERE c.expires_on < @Today AND c.withdrawn_at IS NULL
            """, new { Today = today }), ct))
        {
            await database.WriteAsync(async work =>
            {
                await CitizenLock.HoldAsync(work, citizenId);
                var citizen = new CoordinationState(await ActiveCases.ReadAsync(work, citizenId), await ConsentStore.CurrentAsync(work, citizenId, now));
                await lifecycle.ReconcileAsync(work, citizenId, citizen, now);
            }, ct);
        }

        // Findings and the follow-up date depend on the date: each active plan is evaluated again once a day.
        foreach (var citizenId in await ReadAsync(work => work.QueryAsync<string>(
            "SELECT citizen_id FROM combined_plans WHERE status = 'active' AND (evaluated_on IS NULL OR evaluated_on < @Today)", new { Today = today }), ct))
        {
            await database.WriteAsync(async work =>
            {
                await CitizenLock.HoldAsync(work, citizenId);
                await plans.ReevaluateAsync(work, citizenId, await ConsentStore.CurrentAsync(work, citizenId, now), now);
            }, ct);
        }

        var rules = new DeadlineRules(options.Value, leadOptions.Value);
        await ApplyAsync(AlertKinds.NotificationNotAssessed, work => rules.NotificationsNotAssessedAsync(work, now), now, ct);
        await ApplyAsync(AlertKinds.NoInterventionWithinDeadline, work => rules.NotificationsWithoutInterventionAsync(work, now), now, ct);
        await ApplyAsync(AlertKinds.ChildWelfareInvestigationOverdue, work => rules.ChildWelfareInvestigationsAsync(work, now), now, ct);
        await ApplyAsync(AlertKinds.FollowUpOverdue, work => rules.FollowUpsOverdueAsync(work, now), now, ct);
        await ApplyAsync(AlertKinds.AftercareNotPlanned, work => rules.AftercareNotPlannedAsync(work, now), now, ct);
        await ApplyAsync(AlertKinds.CaseworkerOverCap, work => rules.CaseworkersOverCapAsync(work, now), now, ct);
        await database.WriteAsync(
            async work => await AlertStore.ResolveAllExceptAsync(work, AlertKinds.LeadAssignedOverCap, (await rules.LeadsStillOverCapAsync(work)).ToHashSet(), now), ct);
        metrics.ReportOpenAlerts(await ReadAsync(AlertStore.OpenCountsAsync, ct));
    }

    private async Task ApplyAsync(string kind, Func<ReadUnit, Task<IReadOnlyList<AlertDue>>> rule, DateTimeOffset now, CancellationToken ct)
    {
        // The rule reads in the same unit that raises and resolves, so no event can slip between the two.
        var raised = await database.WriteAsync(async work => await AlertStore.ApplyAsync(work, kind, await rule(work), now), ct);
        foreach (var alert in raised) metrics.DeadlineBreached(kind, alert.Department ?? AlertStore.NoCentre);
    }

    private async Task<IReadOnlyList<T>> ReadAsync<T>(Func<ReadUnit, Task<IEnumerable<T>>> query, CancellationToken ct) =>
        await database.ReadAsync(async read => (await query(read)).ToList(), ct);

    public const string JobName = "deadline-pass";

    private readonly JobLease _lease = new(database, JobName, time);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.EvaluationInterval;
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                // Renewed every round; half an interval of slack before another instance may take it over.
                if (await _lease.TryTakeAsync(interval * 1.5, stoppingToken)) await EvaluateAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Deadline evaluation failed; the next pass retries.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await _lease.GiveUpAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not give up the deadline pass's lease; another instance takes it once it runs out.");
        }
    }
}
