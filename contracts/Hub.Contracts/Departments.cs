using Hub.Api;

namespace Hub.Contracts;

/// <summary>The centres' keys, as they appear in paths, claims and events: the keys of <see cref="DepartmentKeys"/> (Hub.Api), named here for the event code.</summary>
public static class Departments
{
    public const string Social = DepartmentKeys.Social;
    public const string Employment = DepartmentKeys.Employment;
    public const string Aftercare = DepartmentKeys.Aftercare;

    public static IReadOnlyList<string> All => DepartmentKeys.All;

    public static bool IsKnown(string? department) => DepartmentKeys.IsKnown(department);
}
