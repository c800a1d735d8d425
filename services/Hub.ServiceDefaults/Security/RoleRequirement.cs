using Microsoft.AspNetCore.Authorization;

namespace Hub.ServiceDefaults.Security;

/// <summary>The caller holds one of <see cref="Roles"/>; a failure says which roles would do.</summary>
public sealed class RoleRequirement(params string[] roles) : AuthorizationHandler<RoleRequirement>, IAuthorizationRequirement
{
    public IReadOnlyList<string> Roles { get; } = roles;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, RoleRequirement requirement)
    {
        if (requirement.Roles.Any(context.User.IsInRole))
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this,
                $"This needs one of the roles: {string.Join(", ", requirement.Roles)}."));
        }

        return Task.CompletedTask;
    }
}
