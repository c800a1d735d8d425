using System.Text.RegularExpressions;
using Hub.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.ServiceDefaults.Messaging.ErrorQueues;

public sealed record ReplayRequest(IReadOnlyList<string>? MessageIds, int? Limit);

/// <summary>
/// <c>GET /ops/error-queues/{queue}</c> and <c>POST /ops/error-queues/{queue}/replay</c>, for ops only,
/// against the broker this service is configured with. Listings show ids, types and reasons, never bodies.
/// </summary>
public static partial class ErrorQueueEndpoints
{
    public static IEndpointRouteBuilder MapErrorQueueOps(this IEndpointRouteBuilder app)
    {
        var ops = app.MapGroup("/ops/error-queues").RequireAuthorization(HubPolicies.Ops).WithTags("Operations")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        ops.MapGet("/{queue}", ListAsync);
        ops.MapPost("/{queue}/replay", ReplayAsync);
        return app;
    }

    private static async Task<Results<Ok<ErrorQueueListing>, ProblemHttpResult>> ListAsync(string queue, int? limit, IServiceProvider services, CancellationToken ct)
    {
        if (Refuse(queue, services) is { } refusal) return refusal;
        await using var client = new ErrorQueueClient(Options(services).RabbitMq);
        var messages = await client.ListAsync(queue, Math.Clamp(limit ?? 100, 1, 1000), ct);
        return TypedResults.Ok(new ErrorQueueListing(ErrorQueueClient.ErrorQueueOf(queue), await client.CountAsync(queue, ct), messages));
    }

    private static async Task<Results<Ok<ReplayResult>, ProblemHttpResult>> ReplayAsync(string queue, ReplayRequest? request, IServiceProvider services, CancellationToken ct)
    {
        if (Refuse(queue, services) is { } refusal) return refusal;
        await using var client = new ErrorQueueClient(Options(services).RabbitMq);
        var result = await client.ReplayAsync(queue, request?.MessageIds, limit: Math.Clamp(request?.Limit ?? 10_000, 1, 100_000), cancellationToken: ct);
        return TypedResults.Ok(result);
    }

    private static ProblemHttpResult? Refuse(string queue, IServiceProvider services)
    {
        if (Options(services).Transport != MessagingTransport.RabbitMq)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "No broker.",
                detail: "This service runs on the in-memory transport; it has no error queues to inspect.");
        }

        return QueueName().IsMatch(queue)
            ? null
            : TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid queue name.",
                detail: "A queue name has 1 to 200 letters, digits, '-', '_', '.' or ':'.");
    }

    private static MessagingOptions Options(IServiceProvider services) =>
        services.GetService<IOptions<MessagingOptions>>()?.Value ?? new MessagingOptions();

    [GeneratedRegex(@"^[A-Za-z0-9_.:\-]{1,200}$")]
    private static partial Regex QueueName();
}
