using static Hub.Api.Explanations.ExplanationArgs;

namespace Hub.Api.Explanations;

/// <summary>Why a lead's role ended (<c>leadHistory[].releaseReasonCode</c>), and the arguments each code carries.</summary>
public static class LeadReleaseCodes
{
    /// <summary>Another caseworker took the lead by the rules: caseworkerId (the new lead).</summary>
    public const string Reassigned = "lead-release.reassigned";
    /// <summary>A team leader chose another lead: by.</summary>
    public const string Overridden = "lead-release.overridden";
    /// <summary>The citizen has active cases in one centre only.</summary>
    public const string CoordinationEnded = "lead-release.coordination-ended";
    /// <summary>No consent covering two active centres: status (the consent's).</summary>
    public const string AwaitingConsent = "lead-release.awaiting-consent";

    public static readonly IReadOnlyList<string> All = [Reassigned, Overridden, CoordinationEnded, AwaitingConsent];

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Args = new Dictionary<string, IReadOnlyList<string>>
    {
        [Reassigned] = [CaseworkerId],
        [Overridden] = [By],
        [CoordinationEnded] = [],
        [AwaitingConsent] = [Status],
    };
}
