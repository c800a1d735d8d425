using Hub.Api;
using Hub.ServiceDefaults.Security;

namespace Hub.Desk.Security;

/// <summary>A made-up person to sign in as in the development environments (the gateway's <c>/dev/token</c>).</summary>
public sealed record Persona(string Key, string Sub, string Name, string Department, string Role)
{
    /// <summary>A caseworker in each centre and a team leader per centre, matching the README's walkthrough.</summary>
    public static readonly IReadOnlyList<Persona> All =
    [
        new("social-caseworker", "cw-17", "Ane Holm", DepartmentKeys.Social, HubRoles.Caseworker),
        new("employment-caseworker", "cw-40", "Jonas Berg", DepartmentKeys.Employment, HubRoles.Caseworker),
        new("aftercare-caseworker", "cw-61", "Maria Lund", DepartmentKeys.Aftercare, HubRoles.Caseworker),
        new("social-team-leader", "tl-1", "Karen Dahl", DepartmentKeys.Social, HubRoles.TeamLeader),
        new("employment-team-leader", "tl-2", "Peter Møller", DepartmentKeys.Employment, HubRoles.TeamLeader),
        new("aftercare-team-leader", "tl-3", "Sofie Nielsen", DepartmentKeys.Aftercare, HubRoles.TeamLeader),
    ];

    public DevTokenRequest TokenRequest => new(Sub, Name, Department, [Role]);
}
