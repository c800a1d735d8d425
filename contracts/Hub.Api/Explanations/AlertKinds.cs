using static Hub.Api.Explanations.ExplanationArgs;

namespace Hub.Api.Explanations;

/// <summary>Kinds of alert, as served by <c>GET /api/alerts?kind=</c> (<c>kind</c> is the code), and each one's <c>args</c>.</summary>
public static class AlertKinds
{
    /// <summary>A notification is not assessed in time: at (received), hours.</summary>
    public const string NotificationNotAssessed = "notification-not-assessed";
    /// <summary>No intervention started in time after a notification: days, at (received).</summary>
    public const string NoInterventionWithinDeadline = "notification-without-intervention";
    /// <summary>A child welfare investigation is open too long: at (opened), months.</summary>
    public const string ChildWelfareInvestigationOverdue = "child-welfare-investigation-overdue";
    /// <summary>A coordinated citizen is not followed up: since (the last follow-up's date), dueOn.</summary>
    public const string FollowUpOverdue = "follow-up-overdue";
    /// <summary>A young person in placement nears 18 with no aftercare case: on (the 18th birthday).</summary>
    public const string AftercareNotPlanned = "aftercare-not-planned";
    /// <summary>A caseworker carries more cases than the cap: caseworkerId, active, cap.</summary>
    public const string CaseworkerOverCap = "caseworker-over-cap";
    /// <summary>A lead was assigned although every candidate is at or over the cap: caseworkerId, caseload, cap.</summary>
    public const string LeadAssignedOverCap = "lead-assigned-over-cap";

    public static readonly IReadOnlyList<string> All =
    [
        NotificationNotAssessed, NoInterventionWithinDeadline, ChildWelfareInvestigationOverdue, FollowUpOverdue,
        AftercareNotPlanned, CaseworkerOverCap, LeadAssignedOverCap,
    ];

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Args = new Dictionary<string, IReadOnlyList<string>>
    {
        [NotificationNotAssessed] = [At, Hours],
        [NoInterventionWithinDeadline] = [Days, At],
        [ChildWelfareInvestigationOverdue] = [At, Months],
        [FollowUpOverdue] = [Since, DueOn],
        [AftercareNotPlanned] = [On],
        [CaseworkerOverCap] = [CaseworkerId, Active, Cap],
        [LeadAssignedOverCap] = [CaseworkerId, Caseload, Cap],
    };
}
