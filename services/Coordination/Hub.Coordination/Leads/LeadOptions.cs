using System.ComponentModel.DataAnnotations;

namespace Hub.Coordination.Leads;

/// <summary>Configuration section <c>Coordination:Lead</c>.</summary>
public sealed class LeadOptions
{
    public const string Section = "Coordination:Lead";

    /// <summary>Active cases a caseworker may carry before the lead rule skips them.</summary>
    [Range(1, 10_000, ErrorMessage = "Coordination:Lead:CaseloadCap must be between {1} and {2}.")]
    public int CaseloadCap { get; set; } = 25;

    /// <summary>Case type keys, heaviest first. A type not listed weighs least.</summary>
    [Required(ErrorMessage = "Coordination:Lead:CaseWeightOrder must be set.")]
    public List<string> CaseWeightOrder { get; set; } =
    [
        "placement", "continued-placement", "child-welfare", "resource-programme", "disability", "job-clarification",
        "family-support", "adult-support", "contact-person", "housing-support", "education-support",
        "sickness-benefit", "education-benefit", "cash-benefit",
    ];
}
