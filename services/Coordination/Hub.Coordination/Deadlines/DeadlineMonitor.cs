using Hub.Coordination.Leads;
using Hub.Coordination.Lifecycle;
using Hub.Coordination.Plans;
using Hub.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Coordination.Deadlines;

/// <summary>
/// Raises and resolves deadline alerts. One pass reads only the database and the clock and writes
/// alerts keyed by their subject, so it can run any number of times, and after a restart, to the same
/// result. The pass also lets a consent that expired since the last event stop coordination.
/// </summary>
public sealed class DeadlineMonitor(
    [FromKeyedServices(CoordinationModule.DatabaseName)] ModuleDatabase database,
    IOptions<DeadlineOptions> options,
    IOptions<LeadOptions> leadOptions,
    PlanService plans,
    CoordinationLifecycle lifecycle,
    TimeProvider time,
    ILogger<DeadlineMonitor> logger) : BackgroundService
{
    /// <summary>One evaluation pass at the clock's current time; tests call it after moving a fake clock.</summary>
    public async Task EvaluateAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        await using var work = await database.BeginAsync(ct);

        // Expired consent ends sharing even when no event arrives.
        foreach (var citizenId in (await work.QueryAsync<string>("SELECT citizen_id FROM leads")).ToList())
        {
            await lifecycle.ReconcileAsync(work, citizenId, now);
        }

        var rules = new DeadlineRules(options.Value, leadOptions.Value);
        await ApplyAsync(work, AlertKinds.NotificationNotAssessed, await rules.NotificationsNotAssessedAsync(work, now), now);
        await ApplyAsync(work, AlertKinds.NoInterventionWithinDeadline, await rules.NotificationsWithoutInterventionAsync(work, now), now);
        await ApplyAsync(work, AlertKinds.ChildWelfareInvestigationOverdue, await rules.ChildWelfareInvestigationsAsync(work, now), now);
        await ApplyAsync(work, AlertKinds.FollowUpOverdue, await rules.FollowUpsOverdueAsync(work, plans, now), now);
        await ApplyAsync(work, AlertKinds.AftercareNotPlanned, await rules.AftercareNotPlannedAsync(work, now), now);
        await ApplyAsync(work, AlertKinds.CaseworkerOverCap, await rules.CaseworkersOverCapAsync(work, now), now);
        await AlertStore.ResolveAllExceptAsync(work, AlertKinds.LeadAssignedOverCap, (await rules.LeadsStillOverCapAsync(work)).ToHashSet(), now);
        await work.CommitAsync(ct);
    }

    private static async Task ApplyAsync(UnitOfWork work, string kind, IReadOnlyList<AlertDue> due, DateTimeOffset now)
    {
        foreach (var alert in due)
        {
            await AlertStore.RaiseAsync(work, alert, now);
        }

        await AlertStore.ResolveAllExceptAsync(work, kind, due.Select(a => a.Key).ToHashSet(), now);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.EvaluationInterval, time);
        do
        {
            try
            {
                await EvaluateAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Deadline evaluation failed; the next pass retries.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
