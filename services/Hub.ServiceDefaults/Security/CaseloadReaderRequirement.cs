using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hub.ServiceDefaults.Security;

/// <summary>
/// <c>/api/caseworkers/{caseworkerId}/...</c> is read by that caseworker themself or by a team leader of their centre
/// (the rows shown are the team leader's own centre's only: the endpoint filters by the caller's centre).
/// </summary>
public sealed class CaseloadReaderRequirement : AuthorizationHandler<CaseloadReaderRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, CaseloadReaderRequirement requirement)
    {
        var caseworkerId = (context.Resource as HttpContext)?.GetRouteValue("caseworkerId") as string;
        var self = context.User.IsInRole(HubRoles.Caseworker) && caseworkerId is not null && context.User.SubjectId() == caseworkerId;
        if (self || context.User.IsInRole(HubRoles.TeamLeader)) context.Succeed(requirement);
        else context.Fail(new AuthorizationFailureReason(this, "A caseload is shown to the caseworker themself and to team leaders of their centre."));
        return Task.CompletedTask;
    }
}
