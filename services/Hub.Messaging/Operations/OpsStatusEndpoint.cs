using Hub.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hub.Messaging.Operations;

/// <summary><c>GET /ops/status</c>, for ops only: what <see cref="OpsStatusReader"/> reads now.</summary>
public static class OpsStatusEndpoint
{
    public static IEndpointRouteBuilder MapOpsStatus(this IEndpointRouteBuilder app)
    {
        app.MapGet("/ops/status", GetAsync).RequireAuthorization(HubPolicies.Ops).WithTags("Operations")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    private static async Task<Ok<OpsStatus>> GetAsync(OpsStatusReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.ReadAsync(ct));
}
