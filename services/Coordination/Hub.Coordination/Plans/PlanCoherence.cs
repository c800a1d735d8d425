using Hub.Api.Plans;
using Hub.Coordination.Explanations;
using static Hub.Api.Explanations.ExplanationArgs;

namespace Hub.Coordination.Plans;

/// <summary>
/// "How do the plans fit together": pure checks over the centres' goals and interventions, each
/// finding naming the ids of the items it is about.
/// </summary>
public static class PlanCoherence
{
    public static IReadOnlyList<PlanFinding> Find(
        IReadOnlyList<PlanGoal> goals, IReadOnlyList<PlanIntervention> interventions, DateOnly? nextFollowUpOn, DateOnly today)
    {
        var findings = new List<PlanFinding>();
        var running = interventions.Where(i => i.EndedOn is null).ToList();

        foreach (var sameType in running.Where(i => i.Type is not null).GroupBy(i => i.Type!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var departments = sameType.Select(i => i.Department).Distinct().Order(StringComparer.Ordinal).ToList();
            if (departments.Count >= 2)
            {
                findings.Add(Finding(
                    FindingKinds.OverlappingInterventions, Ids(sameType.Select(i => i.InterventionId)),
                    (InterventionType, sameType.Key), (Departments, string.Join(',', departments))));
            }
        }

        var servedGoals = running.SelectMany(i => i.GoalIds).ToHashSet();
        foreach (var goal in goals.Where(g => !servedGoals.Contains(g.GoalId)).OrderBy(g => g.GoalId))
        {
            findings.Add(Finding(FindingKinds.GoalWithoutIntervention, [goal.GoalId.ToString()], (Department, goal.Department), (Text, goal.Text)));
        }

        var knownGoals = goals.Select(g => g.GoalId).ToHashSet();
        foreach (var intervention in running.Where(i => !i.GoalIds.Any(knownGoals.Contains)).OrderBy(i => i.InterventionId))
        {
            findings.Add(Finding(
                FindingKinds.InterventionWithoutGoal, [intervention.InterventionId.ToString()], (Department, intervention.Department), (InterventionType, intervention.Type)));
        }

        foreach (var intervention in running.Where(i => i.PlannedEndOn is { } end && end < today).OrderBy(i => i.InterventionId))
        {
            findings.Add(Finding(
                FindingKinds.InterventionPastPlannedEnd, [intervention.InterventionId.ToString()],
                (Department, intervention.Department), (InterventionType, intervention.Type), (On, Arg.Date(intervention.PlannedEndOn!.Value))));
        }

        if (nextFollowUpOn is { } due && due < today)
        {
            findings.Add(Finding(FindingKinds.FollowUpOverdue, Ids(running.Select(i => i.InterventionId)), (DueOn, Arg.Date(due))));
        }

        return findings;
    }

    /// <summary>A finding of a kind with its arguments (Hub.Api.Explanations.FindingKinds), worded by <see cref="English"/>.</summary>
    private static PlanFinding Finding(string kind, IReadOnlyList<string> itemIds, params (string Name, string? Value)[] args)
    {
        var explanation = Explanation.Of(kind, args);
        return new PlanFinding(kind, English.Finding(kind, explanation.Args), itemIds, explanation.Args);
    }

    private static IReadOnlyList<string> Ids(IEnumerable<Guid> ids) => ids.Order().Select(id => id.ToString()).ToList();
}
