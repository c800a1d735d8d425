namespace Hub.Coordination.Plans;

/// <summary>Kinds of coherence finding in the combined plan.</summary>
public static class FindingKinds
{
    public const string OverlappingInterventions = "overlapping-interventions";
    public const string GoalWithoutIntervention = "goal-without-intervention";
    public const string InterventionWithoutGoal = "intervention-without-goal";
    public const string InterventionPastPlannedEnd = "intervention-past-planned-end";
    public const string FollowUpOverdue = "follow-up-overdue";
}
