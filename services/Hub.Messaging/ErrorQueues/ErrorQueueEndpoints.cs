using System.Text.RegularExpressions;
using Hub.ServiceDefaults.Errors;
using Hub.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Hub.Messaging.ErrorQueues;

/// <summary>
/// <c>GET /ops/error-queues/{queue}</c> and <c>POST /ops/error-queues/{queue}/replay</c>, for ops only,
/// against the broker this service is configured with. Listings show ids, types and reasons, never bodies.
/// </summary>
public static partial class ErrorQueueEndpoints
{
    public static IEndpointRouteBuilder MapErrorQueueOps(this IEndpointRouteBuilder app)
    {
        var ops = app.MapGroup("/ops/error-queues").RequireAuthorization(HubPolicies.Ops).WithTags("Operations")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        ops.MapGet("/{queue}", ListAsync);
        ops.MapPost("/{queue}/replay", ReplayAsync);
        return app;
    }

    private static async Task<Results<Ok<ErrorQueueListing>, ValidationProblem, ProblemHttpResult>> ListAsync(
        string queue, int? limit, IOptions<MessagingOptions> options, CancellationToken ct)
    {
        if (NoBroker(options.Value) is { } noBroker) return noBroker;
        if (InvalidName(queue) is { } invalid) return invalid;
        await using var client = new ErrorQueueClient(options.Value.RabbitMq);
        var messages = await client.ListAsync(queue, Math.Clamp(limit ?? 100, 1, 1000), ct);
        return TypedResults.Ok(new ErrorQueueListing(ErrorQueueClient.ErrorQueueOf(queue), await client.CountAsync(queue, ct), messages));
    }

    private static async Task<Results<Ok<ReplayResult>, ValidationProblem, ProblemHttpResult>> ReplayAsync(
        string queue, ReplayRequest? request, IOptions<MessagingOptions> options, CancellationToken ct)
    {
        if (NoBroker(options.Value) is { } noBroker) return noBroker;
        if (InvalidName(queue) is { } invalid) return invalid;
        await using var client = new ErrorQueueClient(options.Value.RabbitMq);
        var limit = Math.Clamp(request?.Limit ?? 10_000, 1, 100_000);
        return TypedResults.Ok(await client.ReplayAsync(queue, request?.MessageIds, limit: limit, cancellationToken: ct));
    }

    private static ProblemHttpResult? NoBroker(MessagingOptions options) => options.Transport == MessagingTransport.RabbitMq
        ? null
        : ApiProblems.Conflict("No broker.", "This service runs on the in-memory transport; it has no error queues to inspect.");

    private static ValidationProblem? InvalidName(string queue) => QueueName().IsMatch(queue)
        ? null
        : ApiProblems.Invalid("queue", "A queue name has 1 to 200 letters, digits, '-', '_', '.' or ':'.");

    [GeneratedRegex(@"^[A-Za-z0-9_.:\-]{1,200}$")]
    private static partial Regex QueueName();
}
