using System.Text.Json;
using Hub.Api.Plans;
using Hub.Contracts.Coordination;
using Hub.Coordination.Consent;
using Hub.Coordination.Deadlines;
using Hub.Coordination.Explanations;
using Hub.Coordination.Lifecycle;
using Hub.Persistence;
using Microsoft.Extensions.Options;

namespace Hub.Coordination.Plans;

/// <summary>
/// The combined plan's life: started when coordination starts, a new version (who, when, why, and a
/// snapshot) for every change, archived when coordination ends. Each version is announced through the
/// outbox, and keeps the plan header's follow-up date and findings count current for cheap reads.
/// </summary>
public sealed class PlanService(IOptions<DeadlineOptions> deadlines)
{
    private static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web);

    /// <summary>The whole plan, built from the consented departments' items, with every coherence check.</summary>
    public async Task<CombinedPlan?> ReadAsync(ReadUnit work, string citizenId, ConsentState consent, DateTimeOffset now)
    {
        var header = await PlanStore.HeaderAsync(work, citizenId);
        return header is null ? null : await BuildAsync(work, citizenId, header, consent, now);
    }

    private async Task<CombinedPlan> BuildAsync(ReadUnit work, string citizenId, PlanHeader header, ConsentState consent, DateTimeOffset now)
    {
        var shared = consent.Scope;
        var goals = (await PlanStore.GoalsAsync(work, citizenId)).Where(g => shared.Contains(g.Department)).ToList();
        var interventions = (await PlanStore.InterventionsAsync(work, citizenId)).Where(i => shared.Contains(i.Department)).ToList();
        var today = Today(now);

        var lastContact = await PlanStore.LastContactAsync(work, citizenId);
        var lastStart = interventions.Where(i => i.StartsOn <= today).Max(i => i.StartsOn);
        var nextFollowUp = FollowUp.NextDue(
            lastContact is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null, lastStart,
            DateOnly.FromDateTime(header.CreatedAt.UtcDateTime), deadlines.Value.FollowUpMonths);

        var departments = goals.Select(g => g.Department).Concat(interventions.Select(i => i.Department)).Distinct().Order(StringComparer.Ordinal)
            .Select(d => new DepartmentPlan(d, goals.Where(g => g.Department == d).ToList(), interventions.Where(i => i.Department == d).ToList()))
            .ToList();
        var findings = header.Status == PlanStore.Active ? PlanCoherence.Find(goals, interventions, nextFollowUp, today) : [];
        return new CombinedPlan(
            citizenId, header.Version, header.Status, PlanStore.ReadGoals(header.CitizenGoals), PlanStore.ReadGoals(header.SharedGoals),
            departments, nextFollowUp, findings);
    }

    /// <summary>Starts the plan, or takes an archived one up again, when a citizen becomes coordinated.</summary>
    public async Task StartAsync(WriteUnit work, string citizenId, CoordinationState citizen, DateTimeOffset now, bool reevaluateWhenActive = false)
    {
        var header = await PlanStore.HeaderAsync(work, citizenId);
        if (header?.Status == PlanStore.Active)
        {
            if (reevaluateWhenActive) await PlanStore.WriteEvaluationAsync(work, await BuildAsync(work, citizenId, header, citizen.Consent, now), Today(now));
            return;
        }

        if (header is null)
        {
            await work.ExecuteAsync(
                """
                INSERT INTO combined_plans (citizen_id, status, version, citizen_goals, shared_goals, created_at, updated_at)
                VALUES (@CitizenId, 'active', 0, '[]', '[]', @Now, @Now)
                """, new { CitizenId = citizenId, Now = now });
        }
        else
        {
            await work.ExecuteAsync(
                "UPDATE combined_plans SET status = 'active', archived_at = NULL, created_at = @Now WHERE citizen_id = @CitizenId",
                new { CitizenId = citizenId, Now = now });
        }

        await NewVersionAsync(work, citizenId, citizen, "hub", Explanation.Of(PlanVersionReasonCodes.CoordinationStarted), now);
    }

    public async Task ArchiveAsync(WriteUnit work, string citizenId, CoordinationState citizen, Explanation why, DateTimeOffset now)
    {
        if (!await PlanStore.IsActiveAsync(work, citizenId)) return;
        var version = await NewVersionAsync(work, citizenId, citizen, "hub", why, now);
        await work.ExecuteAsync(
            "UPDATE combined_plans SET status = 'archived', archived_at = @Now, findings = 0 WHERE citizen_id = @CitizenId", new { CitizenId = citizenId, Now = now });
        var archived = new CombinedPlanArchived(Guid.CreateVersion7(), citizenId, version, now);
        await work.PublishAsync(archived, archived.EventId);
    }

    /// <summary>Sets the goals and makes a new version, unless they are the goals the plan already has: then the current version.</summary>
    public async Task<int> SetGoalsAsync(
        WriteUnit work, string citizenId, CoordinationState citizen, bool citizenGoals, IReadOnlyList<string> goals, string changedBy, Explanation why, DateTimeOffset now)
    {
        var column = citizenGoals ? "citizen_goals" : "shared_goals";
        var stored = await work.ExecuteScalarAsync<string>($"SELECT {column} FROM combined_plans WHERE citizen_id = @CitizenId", new { CitizenId = citizenId });
        // The same goals again change nothing: no new version, no event to the centres.
        if (PlanStore.ReadGoals(stored).SequenceEqual(goals, StringComparer.Ordinal))
        {
            return await work.ExecuteScalarAsync<int>("SELECT version FROM combined_plans WHERE citizen_id = @CitizenId", new { CitizenId = citizenId });
        }

        await work.ExecuteAsync($"UPDATE combined_plans SET {column} = @Goals WHERE citizen_id = @CitizenId",
            new { CitizenId = citizenId, Goals = PlanStore.WriteGoals(goals) });
        return await NewVersionAsync(work, citizenId, citizen, changedBy, why, now);
    }

    /// <param name="why">A code of <see cref="PlanVersionReasonCodes"/> and its arguments; kept with its English sentence.</param>
    public async Task<int> NewVersionAsync(WriteUnit work, string citizenId, CoordinationState citizen, string changedBy, Explanation why, DateTimeOffset now)
    {
        var text = English.Text(why);
        var plan = (await ReadAsync(work, citizenId, citizen.Consent, now))!;
        plan = plan with { Version = plan.Version + 1 };
        await work.ExecuteAsync(
            """
            UPDATE combined_plans SET version = @Version, updated_at = @Now, next_follow_up_on = @NextFollowUpOn, findings = @Findings, evaluated_on = @Today
            WHERE citizen_id = @CitizenId
            """,
            new { CitizenId = citizenId, plan.Version, Now = now, plan.NextFollowUpOn, Findings = plan.Findings.Count, Today = Today(now) });
        await work.ExecuteAsync(
            """
            INSERT INTO plan_versions (citizen_id, version, changed_by, why, why_code, why_args, changed_at, snapshot)
            VALUES (@CitizenId, @Version, @ChangedBy, @Why, @WhyCode, @WhyArgs, @Now, @Snapshot)
            """,
            new
            {
                CitizenId = citizenId, plan.Version, ChangedBy = changedBy, Why = text, WhyCode = why.Code, WhyArgs = Arg.Json(why.Args), Now = now,
                Snapshot = JsonSerializer.Serialize(plan, SnapshotJson),
            });
        var versioned = new CombinedPlanVersioned(Guid.CreateVersion7(), citizenId, plan.Version, citizen.SharedDepartments, changedBy, text, now, why.Code, why.Args);
        await work.PublishAsync(versioned, versioned.EventId);
        return plan.Version;
    }

    /// <summary>
    /// Evaluates an active plan again and keeps the result in its header: after a change that makes no
    /// version (a case opened or closed, a consent given again) and once a day from the deadline pass.
    /// </summary>
    public async Task ReevaluateAsync(WriteUnit work, string citizenId, ConsentState consent, DateTimeOffset now)
    {
        var header = await PlanStore.HeaderAsync(work, citizenId);
        if (header?.Status != PlanStore.Active) return;
        await PlanStore.WriteEvaluationAsync(work, await BuildAsync(work, citizenId, header, consent, now), Today(now));
    }

    private static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime);
}
