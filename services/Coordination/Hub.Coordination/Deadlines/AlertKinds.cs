namespace Hub.Coordination.Deadlines;

/// <summary>Kinds of alert, as served by <c>GET /api/alerts?kind=</c>.</summary>
public static class AlertKinds
{
    public const string NotificationNotAssessed = "notification-not-assessed";
    public const string NoInterventionWithinDeadline = "notification-without-intervention";
    public const string ChildWelfareInvestigationOverdue = "child-welfare-investigation-overdue";
    public const string FollowUpOverdue = "follow-up-overdue";
    public const string AftercareNotPlanned = "aftercare-not-planned";
    public const string CaseworkerOverCap = "caseworker-over-cap";
    public const string LeadAssignedOverCap = "lead-assigned-over-cap";

    public static readonly IReadOnlyList<string> All =
    [
        NotificationNotAssessed, NoInterventionWithinDeadline, ChildWelfareInvestigationOverdue, FollowUpOverdue,
        AftercareNotPlanned, CaseworkerOverCap, LeadAssignedOverCap,
    ];
}
