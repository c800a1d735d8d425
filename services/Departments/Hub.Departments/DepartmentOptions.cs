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

    /// <summary>How long before the 18th birthday the department reports a young person in placement (aftercare planning).</summary>
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
