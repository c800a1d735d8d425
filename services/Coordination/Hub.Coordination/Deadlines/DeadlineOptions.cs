using System.ComponentModel.DataAnnotations;

namespace Hub.Coordination.Deadlines;

/// <summary>Configuration section <c>Coordination:Deadlines</c>; every deadline of DOMAIN.md, adjustable.</summary>
public sealed class DeadlineOptions
{
    public const string Section = "Coordination:Deadlines";

    [Range(typeof(TimeSpan), "00:00:01", "3650.00:00:00", ErrorMessage = "Coordination:Deadlines:NotificationAssessment must be between {1} and {2}.")]
    public TimeSpan NotificationAssessment { get; set; } = TimeSpan.FromHours(24);

    [Range(typeof(TimeSpan), "00:00:01", "3650.00:00:00", ErrorMessage = "Coordination:Deadlines:NotificationToIntervention must be between {1} and {2}.")]
    public TimeSpan NotificationToIntervention { get; set; } = TimeSpan.FromDays(42);

    [Range(1, 120, ErrorMessage = "Coordination:Deadlines:ChildWelfareInvestigationMonths must be between {1} and {2}.")]
    public int ChildWelfareInvestigationMonths { get; set; } = 4;

    /// <summary>Months from an intervention's start or the last contact to the next follow-up.</summary>
    [Range(1, 120, ErrorMessage = "Coordination:Deadlines:FollowUpMonths must be between {1} and {2}.")]
    public int FollowUpMonths { get; set; } = 3;

    /// <summary>Months before turning 18 by which aftercare must be planned (17½ by default).</summary>
    [Range(0, 216, ErrorMessage = "Coordination:Deadlines:AftercarePlanningMonthsBeforeEighteen must be between {1} and {2}.")]
    public int AftercarePlanningMonthsBeforeEighteen { get; set; } = 6;

    /// <summary>How often the background pass runs. Zero would break its timer; the timer takes at most about 24.8 days.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "24.00:00:00", ErrorMessage = "Coordination:Deadlines:EvaluationInterval must be greater than zero and at most {2}.")]
    public TimeSpan EvaluationInterval { get; set; } = TimeSpan.FromMinutes(5);
}
