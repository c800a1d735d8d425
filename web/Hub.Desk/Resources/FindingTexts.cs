using System.Globalization;
using Hub.Api.Explanations;
using Hub.Api.Plans;

namespace Hub.Desk.Resources;

/// <summary>A coherence finding in Danish, from its kind and arguments (Hub.Api.Explanations.FindingKinds).</summary>
public static class FindingTexts
{
    public static string ToDanish(PlanFinding finding, CombinedPlan plan) =>
        Explanations.Finding(finding.Kind, finding.Args ?? ArgsOfOldVersion(finding, plan), finding.Message);

    /// <summary>A plan version saved before findings carried arguments: what the arguments would be, from the items the finding names.</summary>
    private static IReadOnlyDictionary<string, string> ArgsOfOldVersion(PlanFinding finding, CombinedPlan plan)
    {
        var interventions = plan.Departments.SelectMany(d => d.Interventions)
            .Where(i => finding.ItemIds.Contains(i.InterventionId.ToString())).ToList();
        var first = interventions.FirstOrDefault();
        return Explanation.Of(finding.Kind,
            (ExplanationArgs.InterventionType, first?.Type),
            (ExplanationArgs.Departments, string.Join(',', interventions.Select(i => i.Department).Distinct().Order(StringComparer.Ordinal))),
            (ExplanationArgs.On, first?.PlannedEndOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            (ExplanationArgs.DueOn, plan.NextFollowUpOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).Args;
    }

    /// <summary>The findings that name one item (a goal or an intervention), to show beside it.</summary>
    public static IEnumerable<PlanFinding> About(this CombinedPlan plan, Guid itemId) =>
        plan.Findings.Where(f => f.ItemIds.Contains(itemId.ToString()));
}
