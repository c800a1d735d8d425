using static Hub.Api.Explanations.ExplanationArgs;

namespace Hub.Api.Explanations;

/// <summary>
/// The kinds of timeline entry (<c>entries[].kind</c>). Each entry's summary is <c>summaryCode</c> =
/// <c>timeline.</c> + kind (<see cref="SummaryCodeOf"/>) with <c>summaryArgs</c>, listed in <see cref="Args"/>.
/// </summary>
public static class TimelineKinds
{
    public const string CaseOpened = "case-opened";
    public const string CaseClosed = "case-closed";
    public const string CaseworkerChanged = "caseworker-changed";
    public const string InterventionAdded = "intervention-added";
    public const string InterventionEnded = "intervention-ended";
    public const string GoalSet = "goal-set";
    public const string GoalProgress = "goal-progress";
    public const string Contact = "contact";
    public const string NotificationReceived = "notification-received";
    public const string NotificationAssessed = "notification-assessed";
    public const string ApproachingAdulthood = "approaching-adulthood";

    public const string SummaryPrefix = "timeline.";

    public static readonly IReadOnlyList<string> All =
    [
        CaseOpened, CaseClosed, CaseworkerChanged, InterventionAdded, InterventionEnded, GoalSet, GoalProgress, Contact,
        NotificationReceived, NotificationAssessed, ApproachingAdulthood,
    ];

    public static string SummaryCodeOf(string kind) => SummaryPrefix + kind;

    /// <summary>The arguments of each kind's summary (text: the centre's own words, at most 120 characters).</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Args = new Dictionary<string, IReadOnlyList<string>>
    {
        [CaseOpened] = [CaseType, CaseworkerId],
        [CaseClosed] = [],
        [CaseworkerChanged] = [CaseworkerId],
        [InterventionAdded] = [InterventionType, LegalBasis, On],
        [InterventionEnded] = [On],
        [GoalSet] = [Text],
        [GoalProgress] = [Level],
        [Contact] = [ContactKind, On],
        [NotificationReceived] = [],
        [NotificationAssessed] = [Text],
        [ApproachingAdulthood] = [On],
    };
}
