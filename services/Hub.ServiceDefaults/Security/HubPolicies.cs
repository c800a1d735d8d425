using Microsoft.AspNetCore.Authorization;

namespace Hub.ServiceDefaults.Security;

/// <summary>The authorisation policies shared by the gateway's routes and the services' endpoints.</summary>
public static class HubPolicies
{
    /// <summary>A department system or caseworker acting in its own centre (the path's second segment).</summary>
    public const string OwnDepartment = "own-department";

    /// <summary>A caseworker or team leader reading citizen data in the hub.</summary>
    public const string CitizenReader = "citizen-reader";

    /// <summary>
    /// The centre's own system, the master of its cases: it alone opens, closes and reassigns them, and reads a case back
    /// (a person reads a citizen through the hub, with a purpose, in the access log). Combined with <see cref="OwnDepartment"/>.
    /// </summary>
    public const string CentreSystem = "centre-system";

    public const string TeamLeader = "team-leader";

    /// <summary>A team leader of a centre (the token names it): the centre's caseloads and alerts.</summary>
    public const string CentreTeamLeader = "centre-team-leader";

    /// <summary>The centres' figures: team leaders and ops.</summary>
    public const string CentreFigures = "centre-figures";

    /// <summary>One caseworker's caseload: the caseworker themself or a team leader, of a centre (<see cref="CaseloadReaderRequirement"/>).</summary>
    public const string CaseloadReader = "caseload-reader";

    public const string Ops = "ops";
    public const string Authenticated = "authenticated";

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Authenticated, p => p.RequireAuthenticatedUser());
        options.AddPolicy(OwnDepartment, p => p
            .RequireAuthenticatedUser()
            .AddRequirements(new RoleRequirement(HubRoles.DepartmentSystem, HubRoles.Caseworker))
            .AddRequirements(new OwnDepartmentRequirement()));
        options.AddPolicy(CentreSystem, p => p
            .RequireAuthenticatedUser()
            .AddRequirements(new RoleRequirement(HubRoles.DepartmentSystem)));
        options.AddPolicy(CitizenReader, p => p
            .RequireAuthenticatedUser()
            .AddRequirements(new RoleRequirement(HubRoles.Caseworker, HubRoles.TeamLeader)));
        options.AddPolicy(TeamLeader, p => p
            .RequireAuthenticatedUser()
            .AddRequirements(new RoleRequirement(HubRoles.TeamLeader)));
        options.AddPolicy(CentreTeamLeader, p => p
            .RequireAuthenticatedUser()
            .AddRequirements(new RoleRequirement(HubRoles.TeamLeader))
            .AddRequirements(new CentreMemberRequirement()));
        options.AddPolicy(CentreFigures, p => p
            .RequireAuthenticatedUser()
            .AddRequirements(new RoleRequirement(HubRoles.TeamLeader, HubRoles.Ops)));
        options.AddPolicy(CaseloadReader, p => p
            .RequireAuthenticatedUser()
            .AddRequirements(new CentreMemberRequirement())
            .AddRequirements(new CaseloadReaderRequirement()));
        options.AddPolicy(Ops, p => p
            .RequireAuthenticatedUser()
            .AddRequirements(new RoleRequirement(HubRoles.Ops)));
        options.FallbackPolicy = options.GetPolicy(Authenticated);
    }
}
