using System.Security.Claims;
using Hub.ServiceDefaults.Security;

namespace Hub.Desk.Security;

/// <summary>The signed-in person as the desk's claims describe them (the hub token's own claims).</summary>
public static class DeskUser
{
    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirst(HubClaims.Name)?.Value ?? user.SubjectId() ?? "";

    public static bool IsTeamLeader(this ClaimsPrincipal user) => user.IsInRole(HubRoles.TeamLeader);

    public static bool IsCaseworker(this ClaimsPrincipal user) => user.IsInRole(HubRoles.Caseworker);
}
