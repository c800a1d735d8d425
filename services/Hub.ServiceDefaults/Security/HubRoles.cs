namespace Hub.ServiceDefaults.Security;

/// <summary>The roles a token carries in its <c>roles</c> claim.</summary>
public static class HubRoles
{
    public const string Caseworker = "caseworker";
    public const string TeamLeader = "team-leader";
    public const string DepartmentSystem = "department-system";
    public const string Ops = "ops";

    public static readonly IReadOnlyList<string> All = [Caseworker, TeamLeader, DepartmentSystem, Ops];
}
