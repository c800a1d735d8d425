using Hub.ServiceDefaults.Security;

namespace Hub.Desk.Security;

/// <summary>A made-up person to sign in as in the development environments (the gateway's <c>/dev/token</c>).</summary>
public sealed record Persona(string Key, string Sub, string Name, string Department, string Role)
{
    /// <summary>A caseworker in each centre and a team leader per centre, matching the README's walkthrough.</summary>
    public static readonly IReadOnlyList<Persona> All =
    [
        new("social-caseworker", "cw-17", "Ane Holm", "social", HubRoles.Caseworker),
        new("employment-caseworker", "cw-40", "Jonas Berg", "employment", HubRoles.Caseworker),
        new("aftercare-caseworker", "cw-61", "Maria Lund", "aftercare", HubRoles.Caseworker),
        new("social-team-leader", "tl-1", "Karen Dahl", "social", HubRoles.TeamLeader),
        new("employment-team-leader", "tl-2", "Peter Møller", "employment", HubRoles.TeamLeader),
        new("aftercare-team-leader", "tl-3", "Sofie Nielsen", "aftercare", HubRoles.TeamLeader),
    ];

    public DevTokenRequest TokenRequest => new(Sub, Name, Department, [Role]);
}
