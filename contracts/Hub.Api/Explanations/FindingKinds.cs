using static Hub.Api.Explanations.ExplanationArgs;

namespace Hub.Api.Explanations;

/// <summary>Kinds of coherence finding in the combined plan (<c>findings[].kind</c> is the code), and each one's <c>args</c>.</summary>
public static class FindingKinds
{
    /// <summary>The same intervention type runs in two or more centres: interventionType, departments.</summary>
    public const string OverlappingInterventions = "overlapping-interventions";
    /// <summary>No running intervention serves the goal: department, text (the goal's own words).</summary>
    public const string GoalWithoutIntervention = "goal-without-intervention";
    /// <summary>The intervention serves no goal of the plan: department, interventionType.</summary>
    public const string InterventionWithoutGoal = "intervention-without-goal";
    /// <summary>The intervention's planned end has passed and it has not been ended: department, interventionType, on.</summary>
    public const string InterventionPastPlannedEnd = "intervention-past-planned-end";
    /// <summary>The plan's follow-up is overdue: dueOn.</summary>
    public const string FollowUpOverdue = "follow-up-overdue";

    public static readonly IReadOnlyList<string> All =
        [OverlappingInterventions, GoalWithoutIntervention, InterventionWithoutGoal, InterventionPastPlannedEnd, FollowUpOverdue];

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Args = new Dictionary<string, IReadOnlyList<string>>
    {
        [OverlappingInterventions] = [InterventionType, ExplanationArgs.Departments],
        [GoalWithoutIntervention] = [Department, Text],
        [InterventionWithoutGoal] = [Department, InterventionType],
        [InterventionPastPlannedEnd] = [Department, InterventionType, On],
        [FollowUpOverdue] = [DueOn],
    };
}
