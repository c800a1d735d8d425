using Hub.Api.Plans;

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
                findings.Add(new PlanFinding(
                    FindingKinds.OverlappingInterventions,
                    $"'{sameType.Key}' interventions run in {string.Join(" and ", departments)} at the same time; consider merging them.",
                    Ids(sameType.Select(i => i.InterventionId))));
            }
        }

        var servedGoals = running.SelectMany(i => i.GoalIds).ToHashSet();
        foreach (var goal in goals.Where(g => !servedGoals.Contains(g.GoalId)).OrderBy(g => g.GoalId))
        {
            findings.Add(new PlanFinding(
                FindingKinds.GoalWithoutIntervention,
                $"The {goal.Department} goal '{goal.Text}' has no intervention working towards it.",
                [goal.GoalId.ToString()]));
        }

        var knownGoals = goals.Select(g => g.GoalId).ToHashSet();
        foreach (var intervention in running.Where(i => !i.GoalIds.Any(knownGoals.Contains)).OrderBy(i => i.InterventionId))
        {
            findings.Add(new PlanFinding(
                FindingKinds.InterventionWithoutGoal,
                $"The {intervention.Department} intervention '{intervention.Type}' serves no goal in the plan.",
                [intervention.InterventionId.ToString()]));
        }

        foreach (var intervention in running.Where(i => i.PlannedEndOn is { } end && end < today).OrderBy(i => i.InterventionId))
        {
            findings.Add(new PlanFinding(
                FindingKinds.InterventionPastPlannedEnd,
                $"The {intervention.Department} intervention '{intervention.Type}' was planned to end on {intervention.PlannedEndOn:yyyy-MM-dd} and has not been ended.",
                [intervention.InterventionId.ToString()]));
        }

        if (nextFollowUpOn is { } due && due < today)
        {
            findings.Add(new PlanFinding(
                FindingKinds.FollowUpOverdue,
                $"The follow-up due on {due:yyyy-MM-dd} is overdue.",
                Ids(running.Select(i => i.InterventionId))));
        }

        return findings;
    }

    private static IReadOnlyList<string> Ids(IEnumerable<Guid> ids) => ids.Order().Select(id => id.ToString()).ToList();
}
