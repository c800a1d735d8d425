namespace Hub.Api;

/// <summary>The centres' keys, as they appear in paths, claims, events and explanations' arguments.</summary>
public static class DepartmentKeys
{
    public const string Social = "social";
    public const string Employment = "employment";
    public const string Aftercare = "aftercare";

    public static readonly IReadOnlyList<string> All = [Social, Employment, Aftercare];

    public static bool IsKnown(string? department) => department is not null && All.Contains(department);
}
