using Hub.Contracts;
using Hub.Contracts.Cases;
using Hub.Contracts.Contacts;
using Hub.Contracts.Goals;
using Hub.Contracts.Interventions;
using Hub.Coordination.Registry;
using Hub.Persistence;

namespace Hub.Coordination.Plans;

/// <summary>
/// Keeps the centres' goals, interventions and contacts from their events, whatever arrives first,
/// and gives an active combined plan a new version when one of them changes it.
/// </summary>
public sealed class PlanProjection(PlanService plans) : IHubProjection
{
    public async Task ApplyAsync(WriteUnit work, RegistryChange change)
    {
        var e = change.Event;
        var why = e switch
        {
            GoalSet x => await ApplyAsync(work, x),
            GoalProgressRecorded x => await ApplyAsync(work, x),
            InterventionAdded x => await ApplyAsync(work, x),
            InterventionEnded x => await ApplyAsync(work, x),
            ContactRecorded x => await ApplyAsync(work, x),
            _ => null,
        };
        if (why is not null && await PlanStore.IsActiveAsync(work, e.CitizenId))
        {
            await plans.NewVersionAsync(work, e.CitizenId, change.Citizen, $"{e.Department} centre", why, change.Now);
        }
        else if (e is CaseOpened or CaseClosed)
        {
            // The plan holds the items of active cases only, so its findings change without a new version.
            await plans.ReevaluateAsync(work, e.CitizenId, change.Citizen.Consent, change.Now);
        }
    }

    private static async Task<Explanation> ApplyAsync(WriteUnit work, GoalSet e)
    {
        await EnsureGoalAsync(work, e);
        await work.ExecuteAsync(
            """
            UPDATE plan_goals SET text = @Text, fsiii_condition = @FsiiiCondition, target_level = @TargetLevel, set_seen = 1,
                current_level = CASE WHEN level_seq < @Sequence THEN @CurrentLevel ELSE current_level END,
                level_seq     = CASE WHEN level_seq < @Sequence THEN @Sequence ELSE level_seq END
            WHERE goal_id = @GoalId
            """, e);
        return Explanation.Of(PlanVersionReasonCodes.GoalSet, (ExplanationArgs.Department, e.Department));
    }

    private static async Task<Explanation> ApplyAsync(WriteUnit work, GoalProgressRecorded e)
    {
        await EnsureGoalAsync(work, e);
        await work.ExecuteAsync(
            """
            UPDATE plan_goals SET
                current_level = CASE WHEN level_seq < @Sequence THEN @CurrentLevel ELSE current_level END,
                level_seq     = CASE WHEN level_seq < @Sequence THEN @Sequence ELSE level_seq END
            WHERE goal_id = @GoalId
            """, e);
        return Explanation.Of(PlanVersionReasonCodes.GoalProgressRecorded, (ExplanationArgs.Department, e.Department));
    }

    private static Task EnsureGoalAsync(WriteUnit work, IDepartmentEvent e) => work.ExecuteAsync(
        work.Database.Dialect.InsertIfAbsent(
            "plan_goals", "goal_id, citizen_id, department, case_id", "@GoalId, @CitizenId, @Department, @CaseId", "goal_id = @GoalId"),
        e);

    private static async Task<Explanation> ApplyAsync(WriteUnit work, InterventionAdded e)
    {
        await EnsureInterventionAsync(work, e, e.InterventionId);
        await work.ExecuteAsync(
            """
            UPDATE plan_interventions SET type = @Type, legal_basis = @LegalBasis, starts_on = @StartsOn, planned_end_on = @PlannedEndOn,
                description = @Description, goal_ids = @GoalIds, added_seen = 1
            WHERE intervention_id = @InterventionId
            """,
            new { e.InterventionId, e.Type, e.LegalBasis, e.StartsOn, e.PlannedEndOn, e.Description, GoalIds = string.Join(',', e.GoalIds ?? []) });
        return Explanation.Of(PlanVersionReasonCodes.InterventionAdded, (ExplanationArgs.InterventionType, e.Type), (ExplanationArgs.Department, e.Department));
    }

    private static async Task<Explanation> ApplyAsync(WriteUnit work, InterventionEnded e)
    {
        await EnsureInterventionAsync(work, e, e.InterventionId);
        await work.ExecuteAsync("UPDATE plan_interventions SET ended_on = @EndedOn WHERE intervention_id = @InterventionId", e);
        return Explanation.Of(PlanVersionReasonCodes.InterventionEnded, (ExplanationArgs.Department, e.Department));
    }

    private static Task EnsureInterventionAsync(WriteUnit work, IDepartmentEvent e, Guid interventionId) => work.ExecuteAsync(
        work.Database.Dialect.InsertIfAbsent(
            "plan_interventions", "intervention_id, citizen_id, department, case_id", "@InterventionId, @CitizenId, @Department, @CaseId",
            "intervention_id = @InterventionId"),
        new { InterventionId = interventionId, e.CitizenId, e.Department, e.CaseId });

    private static async Task<Explanation> ApplyAsync(WriteUnit work, ContactRecorded e)
    {
        await work.ExecuteAsync(
            work.Database.Dialect.InsertIfAbsent(
                "contacts", "contact_id, citizen_id, department, case_id, kind, at, participants",
                "@ContactId, @CitizenId, @Department, @CaseId, @Kind, @At, @Participants", "contact_id = @ContactId"),
            new { e.ContactId, e.CitizenId, e.Department, e.CaseId, e.Kind, e.At, Participants = string.Join(',', e.Participants ?? []) });
        return Explanation.Of(PlanVersionReasonCodes.ContactRecorded, (ExplanationArgs.ContactKind, e.Kind), (ExplanationArgs.Department, e.Department));
    }
}
