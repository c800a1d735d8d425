using System.Globalization;
using Hub.Api.Explanations;
using static Hub.Api.Explanations.ExplanationArgs;

namespace Hub.Coordination.Explanations;

/// <summary>
/// The English sentence of every code the hub gives (Hub.Api.Explanations), served beside the code for API clients and
/// kept in the same rows as before. The one place the hub words an explanation: the rules choose a code and its arguments.
/// </summary>
public static class English
{
    /// <summary>The sentence of a lead reason, lead release, plan-version reason or timeline summary.</summary>
    public static string Text(Explanation e)
    {
        if (!Sentences.TryGetValue(e.Code, out var sentence)) return e.Code;
        var text = sentence(e);
        if (!e.Code.StartsWith("lead.", StringComparison.Ordinal) || e.Code == LeadReasonCodes.Override) return text;

        // A hub rule's caseload-cap modifiers.
        if (e[EveryoneOverCap] is not null) text = $"every candidate at or over cap {e[Cap]}, assigned anyway; {text}";
        if (e[SkippedOverCap] is { } skipped)
        {
            text = string.Join("; ", new[] { text }.Concat(Candidates(skipped).Select(c => $"{c.Department} caseworker {c.CaseworkerId} over cap {c.Caseload}/{e[Cap]}")));
        }

        return text;
    }

    public static string Alert(string kind, IReadOnlyDictionary<string, string> args) => Text(new Explanation($"{ExplanationCodes.AlertFamily}.{kind}", args));

    public static string Finding(string kind, IReadOnlyDictionary<string, string> args) => Text(new Explanation($"{ExplanationCodes.FindingFamily}.{kind}", args));

    /// <summary>Whether a (qualified) code has an English sentence.</summary>
    public static bool Knows(string code) => Sentences.ContainsKey(code);

    /// <summary>The entries of a <see cref="ArgKind.CandidateList"/>.</summary>
    public static IEnumerable<(string Department, string CaseworkerId, string Caseload)> Candidates(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(entry => entry.Split(':')).Where(p => p.Length == 3).Select(p => (p[0], p[1], p[2]));

    private static string Day(string? instant) =>
        DateTimeOffset.TryParse(instant, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)
            : instant ?? "";

    private static string Join(string? departments) => string.Join(" and ", (departments ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries));

    private static string Update(string what, Explanation e) => e[ExplanationArgs.Text] is { } why ? $"{what} updated: {why}" : $"{what} updated";

    private static readonly Dictionary<string, Func<Explanation, string>> Sentences = new(StringComparer.Ordinal)
    {
        [LeadReasonCodes.OnlyCandidate] = e => $"only candidate: {e[Department]} caseworker {e[CaseworkerId]} ({e[CaseType]} case since {e[Since]})",
        [LeadReasonCodes.HeaviestCase] = e => $"heaviest case: {e[CaseType]} in {e[Department]} outweighs {e[OtherCaseType]} in {e[OtherDepartment]}",
        [LeadReasonCodes.LongestRelationship] = e => $"longest relationship: {e[Department]} case since {e[Since]}",
        [LeadReasonCodes.SmallestCaseload] = e => $"smallest caseload: {e[CaseworkerId]} has {e[Caseload]} active cases, {e[OtherCaseworkerId]} has {e[OtherCaseload]}",
        [LeadReasonCodes.TieByIdOrder] = e => $"equal on weight, relationship and caseload: {e[CaseworkerId]} chosen by id order",
        [LeadReasonCodes.Continuity] = e => $"continuity: {e[CaseworkerId]} keeps the lead while the {e[Department]} case is active",
        [LeadReasonCodes.ContinuityOtherCase] = e => $"continuity: {e[CaseworkerId]} keeps the lead on their active {e[Department]} case",
        [LeadReasonCodes.OverrideKept] = e => $"team-leader override kept: {e[Department]} case still active",
        [LeadReasonCodes.Override] = e => $"team-leader override by {e[By]}: {e[ExplanationArgs.Text]}",

        [LeadReleaseCodes.Reassigned] = e => $"reassigned: {e[CaseworkerId]} takes the lead",
        [LeadReleaseCodes.Overridden] = e => $"overridden by team leader {e[By]}",
        [LeadReleaseCodes.CoordinationEnded] = _ => "coordination ended: active cases in one centre only",
        [LeadReleaseCodes.AwaitingConsent] = e => $"consent {e[Status]}: cross-departmental, awaiting consent",

        [PlanVersionReasonCodes.CoordinationStarted] = _ => "coordination started: cross-departmental with consent",
        [PlanVersionReasonCodes.CoordinationEnded] = _ => "coordination ended: active cases in one centre only",
        [PlanVersionReasonCodes.CitizenGoalsUpdated] = e => Update("citizen goals", e),
        [PlanVersionReasonCodes.SharedGoalsUpdated] = e => Update("shared goals", e),
        [PlanVersionReasonCodes.GoalSet] = e => $"goal set in {e[Department]}",
        [PlanVersionReasonCodes.GoalProgressRecorded] = e => $"goal progress recorded in {e[Department]}",
        [PlanVersionReasonCodes.InterventionAdded] = e => $"intervention {e[InterventionType]} added in {e[Department]}",
        [PlanVersionReasonCodes.InterventionEnded] = e => $"intervention ended in {e[Department]}",
        [PlanVersionReasonCodes.ContactRecorded] = e => $"{e[ContactKind]} recorded in {e[Department]}",

        [TimelineKinds.SummaryCodeOf(TimelineKinds.CaseOpened)] = e => $"Case opened ({e[CaseType]}), caseworker {e[CaseworkerId]}",
        [TimelineKinds.SummaryCodeOf(TimelineKinds.CaseClosed)] = _ => "Case closed",
        [TimelineKinds.SummaryCodeOf(TimelineKinds.CaseworkerChanged)] = e => $"Caseworker changed to {e[CaseworkerId]}",
        [TimelineKinds.SummaryCodeOf(TimelineKinds.InterventionAdded)] = e => $"Intervention {e[InterventionType]} ({e[LegalBasis]}) from {e[On]}",
        [TimelineKinds.SummaryCodeOf(TimelineKinds.InterventionEnded)] = e => $"Intervention ended on {e[On]}",
        [TimelineKinds.SummaryCodeOf(TimelineKinds.GoalSet)] = e => $"Goal set: {e[ExplanationArgs.Text]}",
        [TimelineKinds.SummaryCodeOf(TimelineKinds.GoalProgress)] = e => $"Goal progress: level {e[Level]}",
        [TimelineKinds.SummaryCodeOf(TimelineKinds.Contact)] = e => $"Contact: {e[ContactKind]} on {e[On]}",
        [TimelineKinds.SummaryCodeOf(TimelineKinds.NotificationReceived)] = _ => "Notification (underretning) received",
        [TimelineKinds.SummaryCodeOf(TimelineKinds.NotificationAssessed)] = e => $"Notification assessed: {e[ExplanationArgs.Text]}",
        [TimelineKinds.SummaryCodeOf(TimelineKinds.ApproachingAdulthood)] = e => $"Young person in placement turns 18 on {e[On]}",

        [$"finding.{FindingKinds.OverlappingInterventions}"] = e => $"'{e[InterventionType]}' interventions run in {Join(e[ExplanationArgs.Departments])} at the same time; consider merging them.",
        [$"finding.{FindingKinds.GoalWithoutIntervention}"] = e => $"The {e[Department]} goal '{e[ExplanationArgs.Text]}' has no intervention working towards it.",
        [$"finding.{FindingKinds.InterventionWithoutGoal}"] = e => $"The {e[Department]} intervention '{e[InterventionType]}' serves no goal in the plan.",
        [$"finding.{FindingKinds.InterventionPastPlannedEnd}"] = e => $"The {e[Department]} intervention '{e[InterventionType]}' was planned to end on {e[On]} and has not been ended.",
        [$"finding.{FindingKinds.FollowUpOverdue}"] = e => $"The follow-up due on {e[DueOn]} is overdue.",

        [$"alert.{AlertKinds.NotificationNotAssessed}"] = e => $"Notification received {Day(e[At])} is not assessed within {e[Hours]} hours.",
        [$"alert.{AlertKinds.NoInterventionWithinDeadline}"] = e => $"No intervention started within {e[Days]} days of the notification received {Day(e[At])}.",
        [$"alert.{AlertKinds.ChildWelfareInvestigationOverdue}"] = e => $"Child welfare investigation opened {Day(e[At])} is open past {e[Months]} months.",
        [$"alert.{AlertKinds.FollowUpOverdue}"] = e => $"Coordinated citizen not followed up since {e[Since]}; follow-up was due {e[DueOn]}.",
        [$"alert.{AlertKinds.AftercareNotPlanned}"] = e => $"Young person in placement turns 18 on {e[On]} and no aftercare case is open.",
        [$"alert.{AlertKinds.CaseworkerOverCap}"] = e => $"Caseworker {e[CaseworkerId]} has {e[Active]} active cases, over the cap of {e[Cap]}.",
        [$"alert.{AlertKinds.LeadAssignedOverCap}"] = e => $"Lead assigned to {e[CaseworkerId]} although every candidate is at or over the caseload cap ({e[Caseload]}/{e[Cap]}).",
    };
}
