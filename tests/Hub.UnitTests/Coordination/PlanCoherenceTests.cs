using Hub.Api.Explanations;
using Hub.Api.Plans;
using Hub.Coordination.Plans;

namespace Hub.UnitTests.Coordination;

/// <summary>One test per coherence finding; each finding must name the items it is about.</summary>
public sealed class PlanCoherenceTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static PlanGoal Goal(string department) => new() { GoalId = Guid.NewGuid(), Department = department, CaseId = Guid.NewGuid(), Text = "live alone" };

    private static PlanIntervention Intervention(string department, string type, params Guid[] goals) => new()
    {
        InterventionId = Guid.NewGuid(), Department = department, CaseId = Guid.NewGuid(), Type = type, StartsOn = Today.AddDays(-30), GoalIds = goals,
    };

    [Fact]
    public void A_coherent_plan_has_no_findings()
    {
        var goal = Goal("social");
        Assert.Empty(PlanCoherence.Find([goal], [Intervention("social", "mentor", goal.GoalId)], Today.AddDays(10), Today));
    }

    [Fact]
    public void Same_type_of_intervention_in_two_centres_is_an_overlap_naming_both()
    {
        var goal = Goal("social");
        var social = Intervention("social", "mentor", goal.GoalId);
        var employment = Intervention("employment", "mentor", goal.GoalId);
        var finding = Assert.Single(PlanCoherence.Find([goal], [social, employment], null, Today));
        Assert.Equal(FindingKinds.OverlappingInterventions, finding.Kind);
        Assert.Equal(new[] { social.InterventionId, employment.InterventionId }.Order().Select(g => g.ToString()), finding.ItemIds);
        Assert.Equal(new Dictionary<string, string> { ["interventionType"] = "mentor", ["departments"] = "employment,social" }, finding.Args);
        Assert.Equal("'mentor' interventions run in employment and social at the same time; consider merging them.", finding.Message);
    }

    [Fact]
    public void Same_type_twice_in_one_centre_is_not_an_overlap()
    {
        var goal = Goal("social");
        Assert.Empty(PlanCoherence.Find([goal], [Intervention("social", "mentor", goal.GoalId), Intervention("social", "mentor", goal.GoalId)], null, Today));
    }

    [Fact]
    public void A_goal_with_no_intervention_is_found()
    {
        var lonely = Goal("employment");
        var finding = Assert.Single(PlanCoherence.Find([lonely], [], null, Today));
        Assert.Equal(FindingKinds.GoalWithoutIntervention, finding.Kind);
        Assert.Equal([lonely.GoalId.ToString()], finding.ItemIds);
        Assert.Equal(new Dictionary<string, string> { ["department"] = "employment", ["text"] = "live alone" }, finding.Args);
    }

    [Fact]
    public void An_intervention_linked_to_no_goal_is_found()
    {
        var orphan = Intervention("social", "family-treatment");
        var finding = Assert.Single(PlanCoherence.Find([], [orphan], null, Today));
        Assert.Equal(FindingKinds.InterventionWithoutGoal, finding.Kind);
        Assert.Equal([orphan.InterventionId.ToString()], finding.ItemIds);
    }

    [Fact]
    public void An_intervention_past_its_planned_end_and_not_ended_is_found_but_an_ended_one_is_not()
    {
        var goal = Goal("social");
        var overdue = Intervention("social", "mentor", goal.GoalId);
        overdue.PlannedEndOn = Today.AddDays(-1);
        var ended = Intervention("social", "respite-care", goal.GoalId);
        ended.PlannedEndOn = Today.AddDays(-10);
        ended.EndedOn = Today.AddDays(-10);
        var finding = Assert.Single(PlanCoherence.Find([goal], [overdue, ended], null, Today));
        Assert.Equal(FindingKinds.InterventionPastPlannedEnd, finding.Kind);
        Assert.Equal([overdue.InterventionId.ToString()], finding.ItemIds);
        Assert.Equal(Today.AddDays(-1).ToString("yyyy-MM-dd"), finding.Args!["on"]);
        Assert.Equal($"The social intervention 'mentor' was planned to end on {Today.AddDays(-1):yyyy-MM-dd} and has not been ended.", finding.Message);
    }

    [Fact]
    public void An_overdue_follow_up_is_found_only_after_its_date()
    {
        var goal = Goal("social");
        var intervention = Intervention("social", "mentor", goal.GoalId);
        Assert.Empty(PlanCoherence.Find([goal], [intervention], Today, Today));
        var finding = Assert.Single(PlanCoherence.Find([goal], [intervention], Today.AddDays(-1), Today));
        Assert.Equal(FindingKinds.FollowUpOverdue, finding.Kind);
        Assert.Equal([intervention.InterventionId.ToString()], finding.ItemIds);
        Assert.Equal(new Dictionary<string, string> { ["dueOn"] = "2026-05-31" }, finding.Args);
    }

    [Fact]
    public void Follow_up_is_due_the_configured_months_after_the_latest_contact_or_start()
    {
        Assert.Equal(new DateOnly(2026, 5, 10), FollowUp.NextDue(new DateOnly(2026, 2, 10), new DateOnly(2026, 1, 1), null, 3));
        Assert.Equal(new DateOnly(2026, 4, 1), FollowUp.NextDue(null, new DateOnly(2026, 1, 1), new DateOnly(2025, 12, 1), 3));
        Assert.Equal(new DateOnly(2026, 3, 1), FollowUp.NextDue(null, null, new DateOnly(2025, 12, 1), 3));
    }
}
