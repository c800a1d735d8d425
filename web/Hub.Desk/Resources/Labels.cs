using System.Security.Claims;
using Hub.ServiceDefaults.Security;

namespace Hub.Desk.Resources;

/// <summary>The Danish words for the hub's keys (centres, roles, purposes, statuses), from <see cref="Texts"/>.</summary>
public static class Labels
{
    public static string Department(string? key) => key switch
    {
        "social" => Texts.DepartmentSocial,
        "employment" => Texts.DepartmentEmployment,
        "aftercare" => Texts.DepartmentAftercare,
        null or "" => "–",
        _ => key,
    };

    public static string Role(ClaimsPrincipal user) =>
        user.IsInRole(HubRoles.TeamLeader) ? Texts.RoleTeamLeader
        : user.IsInRole(HubRoles.Caseworker) ? Texts.RoleCaseworker
        : user.IsInRole(HubRoles.Ops) ? Texts.RoleOps
        : Texts.RoleDepartmentSystem;

    public static string Role(string role) => role switch
    {
        HubRoles.TeamLeader => Texts.RoleTeamLeader,
        HubRoles.Caseworker => Texts.RoleCaseworker,
        HubRoles.Ops => Texts.RoleOps,
        _ => Texts.RoleDepartmentSystem,
    };

    /// <summary>A text from <see cref="Texts"/> by its key, or the key itself when the resource has none.</summary>
    public static string ByKey(string prefix, string key) =>
        Texts.ResourceManager.GetString(prefix + Pascal(key), Texts.Culture) ?? key;

    private static string Pascal(string key) =>
        string.Concat(key.Split('-', '_', ' ').Where(part => part.Length > 0).Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
