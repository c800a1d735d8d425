namespace Hub.Api.Explanations;

/// <summary>
/// What every family of codes shares. Codes are stable strings: a code's meaning and its arguments never change;
/// a new rule gets a new code. A reader that meets a code it does not know shows the English text served beside it.
/// </summary>
public static class ExplanationCodes
{
    /// <summary>A row written before codes existed: render the English text that was saved with it.</summary>
    public const string Legacy = "legacy";

    /// <summary>The families, as the prefix a reader's resource key takes (<c>alert.</c> + an alert kind, ...).</summary>
    public const string AlertFamily = "alert";
    public const string FindingFamily = "finding";

    /// <summary>Every code of every family, qualified as <c>family.code</c> where the code alone is not (alert kinds, finding kinds).</summary>
    public static IEnumerable<string> AllQualified =>
        LeadReasonCodes.All
            .Concat(LeadReleaseCodes.All)
            .Concat(PlanVersionReasonCodes.All)
            .Concat(TimelineKinds.All.Select(TimelineKinds.SummaryCodeOf))
            .Concat(FindingKinds.All.Select(k => $"{FindingFamily}.{k}"))
            .Concat(AlertKinds.All.Select(k => $"{AlertFamily}.{k}"));
}
