using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Centres = Hub.Contracts.Departments;

namespace Hub.Departments;

/// <summary>
/// Configuration section <c>Departments:{key}</c>, bound as the named options of the centre. The type
/// lists replace the defaults when given, so a municipality can add its own keys.
/// </summary>
public sealed class DepartmentOptions
{
    public string[]? CaseTypes { get; set; }
    public string[]? InterventionTypes { get; set; }

    /// <summary>Case types that place a child; their young people are watched as they near 18. Social services only.</summary>
    public string[]? PlacementCaseTypes { get; set; }

    /// <summary>How long before the 18th birthday the centre reports a young person in placement (aftercare planning).</summary>
    public int? AdulthoodNoticeMonths { get; set; }

    public static OptionsBuilder<DepartmentOptions> Bind(IServiceCollection services, string key)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DepartmentOptions>, Validator>());
        return services.AddOptions<DepartmentOptions>(key).BindConfiguration($"Departments:{key}").ValidateOnStart();
    }

    // A validator rather than attributes: the key to name depends on the centre (the options' name).
    private sealed class Validator : IValidateOptions<DepartmentOptions>
    {
        public ValidateOptionsResult Validate(string? name, DepartmentOptions options)
        {
            var problems = new List<string>();
            foreach (var (setting, keys) in new[] { ("CaseTypes", options.CaseTypes), ("InterventionTypes", options.InterventionTypes), ("PlacementCaseTypes", options.PlacementCaseTypes) })
            {
                if (keys?.Any(string.IsNullOrWhiteSpace) == true)
                {
                    problems.Add($"Departments:{name}:{setting} must not contain an empty type key.");
                }
            }

            if (options.AdulthoodNoticeMonths is < 1 or > 216)
            {
                problems.Add($"Departments:{name}:AdulthoodNoticeMonths must be between 1 and 216.");
            }

            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}

/// <summary>One centre served by this process: its key, accepted types and database.</summary>
public sealed record DepartmentProfile(
    string Key,
    IReadOnlyList<string> CaseTypes,
    IReadOnlyList<string> InterventionTypes,
    IReadOnlyList<string> PlacementCaseTypes,
    int AdulthoodNoticeMonths)
{
    public static DepartmentProfile For(string key, DepartmentOptions? options) => new(
        key,
        options?.CaseTypes is { Length: > 0 } caseTypes ? caseTypes : DefaultTypes.CaseTypes[key],
        options?.InterventionTypes is { Length: > 0 } interventions ? interventions : DefaultTypes.InterventionTypes[key],
        options?.PlacementCaseTypes ?? (key == Centres.Social ? ["placement"] : []),
        options?.AdulthoodNoticeMonths ?? 12);

    /// <summary>Notifications (underretninger) are received by social services only.</summary>
    public bool ReceivesNotifications => Key == Centres.Social;
}

/// <summary>The default type keys of API.md, per centre.</summary>
public static class DefaultTypes
{
    public static readonly IReadOnlyDictionary<string, string[]> CaseTypes = new Dictionary<string, string[]>
    {
        [Centres.Social] = ["child-welfare", "placement", "family-support", "adult-support", "disability"],
        [Centres.Employment] = ["cash-benefit", "sickness-benefit", "resource-programme", "job-clarification", "education-benefit"],
        [Centres.Aftercare] = ["contact-person", "housing-support", "continued-placement", "education-support"],
    };

    public static readonly IReadOnlyDictionary<string, string[]> InterventionTypes = new Dictionary<string, string[]>
    {
        [Centres.Social] = ["family-treatment", "foster-care", "institution", "contact-person", "mentor", "respite-care"],
        [Centres.Employment] = ["mentor", "internship", "job-training", "education", "wage-subsidy"],
        [Centres.Aftercare] = ["contact-person", "housing", "education-support", "mentor"],
    };
}
