using Hub.Api.Plans;

namespace Hub.Desk.Resources;

/// <summary>What changed between two versions of a combined plan, as lines a person can read.</summary>
public static class PlanComparison
{
    public sealed record Change(string Area, string What, string Text);

    public static IReadOnlyList<Change> Between(CombinedPlan older, CombinedPlan newer)
    {
        var changes = new List<Change>();
        Lists(changes, Texts.PlanCitizenGoals, older.CitizenGoals, newer.CitizenGoals);
        Lists(changes, Texts.PlanSharedGoals, older.SharedGoals, newer.SharedGoals);
        Items(changes, Texts.PlanGoal, Goals(older), Goals(newer));
        Items(changes, Texts.PlanIntervention, Interventions(older), Interventions(newer));
        if (older.NextFollowUpOn != newer.NextFollowUpOn)
        {
            changes.Add(new Change(Texts.PlanNextFollowUp, Texts.CompareChanged, $"{Format.Date(older.NextFollowUpOn)} → {Format.Date(newer.NextFollowUpOn)}"));
        }

        return changes;
    }

    private static void Lists(List<Change> changes, string area, IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        changes.AddRange(before.Except(after).Select(text => new Change(area, Texts.CompareRemoved, text)));
        changes.AddRange(after.Except(before).Select(text => new Change(area, Texts.CompareAdded, text)));
    }

    private static void Items(List<Change> changes, string area, Dictionary<Guid, string> before, Dictionary<Guid, string> after)
    {
        foreach (var (id, text) in before.Where(b => !after.ContainsKey(b.Key))) changes.Add(new Change(area, Texts.CompareRemoved, text));
        foreach (var (id, text) in after)
        {
            if (!before.TryGetValue(id, out var old)) changes.Add(new Change(area, Texts.CompareAdded, text));
            else if (old != text) changes.Add(new Change(area, Texts.CompareChanged, $"{old} → {text}"));
        }
    }

    private static Dictionary<Guid, string> Goals(CombinedPlan plan) =>
        plan.Departments.SelectMany(d => d.Goals).ToDictionary(g => g.GoalId,
            g => $"{Labels.Department(g.Department)}: {g.Text} (FSIII {g.CurrentLevel?.ToString() ?? "–"} → {g.TargetLevel?.ToString() ?? "–"})");

    private static Dictionary<Guid, string> Interventions(CombinedPlan plan) =>
        plan.Departments.SelectMany(d => d.Interventions).ToDictionary(i => i.InterventionId,
            i => $"{Labels.Department(i.Department)}: {Labels.Intervention(i.Type)}{(i.EndedOn is null ? "" : $" ({Texts.PlanEnded.ToLowerInvariant()} {Format.Date(i.EndedOn)})")}");
}
