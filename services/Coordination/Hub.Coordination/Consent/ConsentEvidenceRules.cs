using Hub.Api.Consents;
using Hub.ServiceDefaults.Privacy;

namespace Hub.Coordination.Consent;

/// <summary>What counts as evidence of a consent: who gave it, how, and a reference the centre can produce if asked.</summary>
public static class ConsentEvidenceRules
{
    public static readonly IReadOnlyList<string> GivenBy = ["citizen", "guardian", "representative"];
    public static readonly IReadOnlyList<string> Kinds = ["signed-form", "digital"];
    public const int MaxReferenceLength = 100;

    /// <summary>Null when the evidence will do, else what is wrong with it.</summary>
    public static string? Problem(ConsentEvidence? evidence)
    {
        if (evidence is null)
        {
            return "'evidence' is required: who gave the consent ('givenBy'), how ('kind') and the signed form's reference or the digital consent's id ('reference').";
        }

        if (evidence.GivenBy is null || !GivenBy.Contains(evidence.GivenBy)) return $"'evidence.givenBy' must be one of: {string.Join(", ", GivenBy)}.";
        if (evidence.Kind is null || !Kinds.Contains(evidence.Kind)) return $"'evidence.kind' must be one of: {string.Join(", ", Kinds)}.";
        var reference = evidence.Reference?.Trim() ?? "";
        if (reference.Length is 0 or > MaxReferenceLength || reference.Any(char.IsControl) || CprRedactor.ContainsCpr(reference))
        {
            return $"'evidence.reference' must be the form's reference or the digital consent's id: 1-{MaxReferenceLength} characters, no control characters and no CPR number.";
        }

        return null;
    }
}
