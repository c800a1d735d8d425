using Hub.ServiceDefaults.Errors;

namespace Hub.Departments.Batches;

/// <summary>
/// <c>POST /api/{department}/batch</c>: a centre's system catching up sends up to 500 commands in the wire format's
/// envelope in one request. The answer is 200 with a result per command (see <see cref="BatchResponse"/>); a request
/// that is not a batch at all (not JSON, empty, too many commands) is a problem and changes nothing.
/// </summary>
public static class BatchEndpoints
{
    public static RouteGroupBuilder MapBatchEndpoints(this RouteGroupBuilder department)
    {
        department.MapPost("/batch", RunBatch)
            .RequireAuthorization(HubPolicies.CentreSystem)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return department;
    }

    public static async Task<Results<Ok<BatchResponse>, ValidationProblem, ProblemHttpResult>> RunBatch(
        [AsParameters] DepartmentRoute route, BatchRequest? request, CommandBatch batch)
    {
        if (request?.Commands is not { Count: > 0 } commands) return ApiProblems.Invalid("commands", "A batch holds at least one command.");
        if (commands.Count > BatchRequest.MaxCommands)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The batch is too large.",
                detail: $"A batch holds at most {BatchRequest.MaxCommands} commands; this one has {commands.Count}. Send it as several batches.");
        }

        return TypedResults.Ok(await batch.RunAsync(route.Department, commands, route.Aborted));
    }
}
