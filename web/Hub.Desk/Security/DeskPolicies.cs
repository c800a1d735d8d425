using Hub.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authorization;

namespace Hub.Desk.Security;

/// <summary>Which pages a signed-in person may open. The hub API decides again on every call.</summary>
public static class DeskPolicies
{
    public const string TeamLeader = "desk-team-leader";

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(TeamLeader, policy => policy.RequireAuthenticatedUser().RequireRole(HubRoles.TeamLeader));
        // Every page needs a signed-in person unless it says otherwise (sign-in, errors, static files, health).
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
