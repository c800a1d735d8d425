using Hub.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Hub.ServiceDefaults.Security;

/// <summary>
/// The centre in the path (<c>/api/{department}/...</c>) is the caller's own centre. It reads the path
/// rather than a route value so the gateway and the services decide the same way.
/// </summary>
public sealed class OwnDepartmentRequirement : AuthorizationHandler<OwnDepartmentRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OwnDepartmentRequirement requirement)
    {
        var target = context.Resource is HttpContext http ? DepartmentInPath(http.Request.Path) : null;
        var own = context.User.DepartmentOf();
        if (target is not null && string.Equals(target, own, StringComparison.Ordinal))
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, target is null
                ? "The path names no known centre."
                : $"A caller from centre '{own ?? "none"}' may not write to centre '{target}'."));
        }

        return Task.CompletedTask;
    }

    public static string? DepartmentInPath(PathString path)
    {
        var segments = (path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= 2 && segments[0] == "api" && Departments.IsKnown(segments[1]) ? segments[1] : null;
    }
}
