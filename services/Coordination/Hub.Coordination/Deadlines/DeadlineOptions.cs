namespace Hub.Coordination.Deadlines;

/// <summary>Configuration section <c>Coordination:Deadlines</c>; every deadline of DOMAIN.md, adjustable.</summary>
public sealed class DeadlineOptions
{
    public const string Section = "Coordination:Deadlines";

    public TimeSpan NotificationAssessment { get; set; } = TimeSpan.FromHours(24);

    public TimeSpan NotificationToIntervention { get; set; } = TimeSpan.FromDays(42);

    public int ChildWelfareInvestigationMonths { get; set; } = 4;

    /// <summary>Months from an intervention's start or the last contact to the next follow-up.</summary>
    public int FollowUpMonths { get; set; } = 3;

    /// <summary>Months before turning 18 by which aftercare must be planned (17½ by default).</summary>
    public int AftercarePlanningMonthsBeforeEighteen { get; set; } = 6;

    /// <summary>How often the background pass runs.</summary>
    public TimeSpan EvaluationInterval { get; set; } = TimeSpan.FromMinutes(5);
}
