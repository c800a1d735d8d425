using Microsoft.AspNetCore.Authorization;

namespace Hub.ServiceDefaults.Security;

/// <summary>The caller's token names a centre: what a centre's team leader or caseworker reads is their centre's.</summary>
public sealed class CentreMemberRequirement : AuthorizationHandler<CentreMemberRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, CentreMemberRequirement requirement)
    {
        if (context.User.DepartmentOf() is not null) context.Succeed(requirement);
        else context.Fail(new AuthorizationFailureReason(this, "Your token names no centre."));
        return Task.CompletedTask;
    }
}
