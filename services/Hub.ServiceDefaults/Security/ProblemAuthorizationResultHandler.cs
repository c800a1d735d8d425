using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Hub.ServiceDefaults.Security;

/// <summary>Answers 401 and 403 as ProblemDetails; a 403 says why, from the failed requirements.</summary>
internal sealed class ProblemAuthorizationResultHandler(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Challenged)
        {
            await context.ChallengeAsync();
            await Write(context, StatusCodes.Status401Unauthorized, "Authentication required.",
                "Send a valid bearer token in the Authorization header.");
            return;
        }

        if (result.Forbidden)
        {
            var reasons = result.AuthorizationFailure?.FailureReasons.Select(r => r.Message).Distinct().ToArray() ?? [];
            await Write(context, StatusCodes.Status403Forbidden, "Access denied.",
                reasons.Length > 0 ? string.Join(" ", reasons) : "Your role does not allow this.");
            return;
        }

        await _default.HandleAsync(next, context, policy, result);
    }

    private Task Write(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }
}
