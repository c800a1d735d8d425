using Hub.ServiceDefaults.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Hub.Messaging.Operations;

namespace Hub.Departments.Application;

/// <summary>Counts a centre's report refused over HTTP (400, 404, 409 from a write) in the hub's figures.</summary>
public sealed class RefusedReportFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var http = context.HttpContext;
        var answered = result is INestedHttpResult nested ? nested.Result : result;
        if (!HttpMethods.IsGet(http.Request.Method) && answered is IStatusCodeHttpResult { StatusCode: >= 400 and < 500 } refused)
        {
            http.RequestServices.GetRequiredService<HubMetrics>().Refused(http.GetRouteValue("department") as string ?? "", refused.StatusCode!.Value);
        }

        return result;
    }
}
