using static Hub.Api.Explanations.ExplanationArgs;

namespace Hub.Api.Explanations;

/// <summary>
/// Why a caseworker leads (<c>lead.reasonCode</c>, <c>leadHistory[].reasonCode</c>), and the arguments each code carries.
/// A hub rule (not an override) may also carry <see cref="ExplanationArgs.Cap"/> with
/// <see cref="ExplanationArgs.EveryoneOverCap"/> (every candidate at or over the cap: assigned anyway) and/or
/// <see cref="ExplanationArgs.SkippedOverCap"/> (candidates passed over for the cap).
/// </summary>
public static class LeadReasonCodes
{
    /// <summary>Only one caseworker could lead: department, caseworkerId, caseType, since.</summary>
    public const string OnlyCandidate = "lead.only-candidate";
    /// <summary>The heaviest case by the weight order: caseType, department, otherCaseType, otherDepartment.</summary>
    public const string HeaviestCase = "lead.heaviest-case";
    /// <summary>Equal weight; the earliest opened case: department, since.</summary>
    public const string LongestRelationship = "lead.longest-relationship";
    /// <summary>Equal weight and relationship; the smaller caseload: caseworkerId, caseload, otherCaseworkerId, otherCaseload.</summary>
    public const string SmallestCaseload = "lead.smallest-caseload";
    /// <summary>Equal on everything; chosen by id order: caseworkerId.</summary>
    public const string TieByIdOrder = "lead.tie-by-id-order";
    /// <summary>The lead keeps the role while their case is active: caseworkerId, department.</summary>
    public const string Continuity = "lead.continuity";
    /// <summary>The lead's case closed, and they keep the role on another active case of theirs: caseworkerId, department.</summary>
    public const string ContinuityOtherCase = "lead.continuity-other-case";
    /// <summary>A team leader's choice holds while its case is active: department.</summary>
    public const string OverrideKept = "lead.override-kept";
    /// <summary>A team leader chose the lead: by (the team leader), text (their reason, in their own words).</summary>
    public const string Override = "lead.override";

    public static readonly IReadOnlyList<string> All =
        [OnlyCandidate, HeaviestCase, LongestRelationship, SmallestCaseload, TieByIdOrder, Continuity, ContinuityOtherCase, OverrideKept, Override];

    /// <summary>The arguments each code always carries.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Args = new Dictionary<string, IReadOnlyList<string>>
    {
        [OnlyCandidate] = [Department, CaseworkerId, CaseType, Since],
        [HeaviestCase] = [CaseType, Department, OtherCaseType, OtherDepartment],
        [LongestRelationship] = [Department, Since],
        [SmallestCaseload] = [CaseworkerId, Caseload, OtherCaseworkerId, OtherCaseload],
        [TieByIdOrder] = [CaseworkerId],
        [Continuity] = [CaseworkerId, Department],
        [ContinuityOtherCase] = [CaseworkerId, Department],
        [OverrideKept] = [Department],
        [Override] = [By, Text],
    };
}
