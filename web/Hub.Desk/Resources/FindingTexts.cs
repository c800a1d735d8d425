using Hub.Api.Plans;

namespace Hub.Desk.Resources;

/// <summary>A coherence finding in Danish, from its kind and the plan items it names.</summary>
public static class FindingTexts
{
    public static string ToDanish(PlanFinding finding, CombinedPlan plan)
    {
        var interventions = plan.Departments.SelectMany(d => d.Interventions)
            .Where(i => finding.ItemIds.Contains(i.InterventionId.ToString())).ToList();
        var first = interventions.FirstOrDefault();
        return finding.Kind switch
        {
            "overlapping-interventions" =>
                $"Samme slags indsats ({Labels.Intervention(first?.Type).ToLowerInvariant()}) kører i både " +
                $"{string.Join(" og ", interventions.Select(i => Labels.Department(i.Department)).Distinct())}. Overvej at samle dem.",
            "goal-without-intervention" => "Ingen indsats arbejder hen mod dette mål.",
            "intervention-without-goal" => "Indsatsen tjener ikke noget mål i planen.",
            "intervention-past-planned-end" => $"Indsatsen skulle være slut {Format.Date(first?.PlannedEndOn)}, men er ikke afsluttet.",
            "follow-up-overdue" => $"Opfølgningen {Format.Date(plan.NextFollowUpOn)} er overskredet.",
            _ => finding.Message,
        };
    }

    /// <summary>The findings that name one item (a goal or an intervention), to show beside it.</summary>
    public static IEnumerable<PlanFinding> About(this CombinedPlan plan, Guid itemId) =>
        plan.Findings.Where(f => f.ItemIds.Contains(itemId.ToString()));
}
