using Keys = Hub.Contracts.Departments;

namespace Hub.Departments;

/// <summary>The default type keys of API.md, per department.</summary>
public static class DefaultTypes
{
    public static readonly IReadOnlyDictionary<string, string[]> CaseTypes = new Dictionary<string, string[]>
    {
        [Keys.Social] = ["child-welfare", "placement", "family-support", "adult-support", "disability"],
        [Keys.Employment] = ["cash-benefit", "sickness-benefit", "resource-programme", "job-clarification", "education-benefit"],
        [Keys.Aftercare] = ["contact-person", "housing-support", "continued-placement", "education-support"],
    };

    public static readonly IReadOnlyDictionary<string, string[]> InterventionTypes = new Dictionary<string, string[]>
    {
        [Keys.Social] = ["family-treatment", "foster-care", "institution", "contact-person", "mentor", "respite-care"],
        [Keys.Employment] = ["mentor", "internship", "job-training", "education", "wage-subsidy"],
        [Keys.Aftercare] = ["contact-person", "housing", "education-support", "mentor"],
    };
}
