namespace Hub.Departments;

/// <summary>
/// Configuration section <c>Departments:{key}</c>. The type lists replace the defaults when given,
/// so a municipality can add its own keys.
/// </summary>
public sealed class DepartmentOptions
{
    public string[]? CaseTypes { get; set; }
    public string[]? InterventionTypes { get; set; }

    /// <summary>Case types that place a child; their young people are watched as they near 18. Social services only.</summary>
    public string[]? PlacementCaseTypes { get; set; }

    /// <summary>How long before the 18th birthday the department reports a young person in placement (aftercare planning).</summary>
    public int? AdulthoodNoticeMonths { get; set; }
}
