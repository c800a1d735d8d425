namespace Hub.Departments.Interventions;

/// <summary><c>/api/{department}/cases/{caseId}/interventions</c>: the interventions a department grants on a case.</summary>
public static class InterventionEndpoints
{
    public static RouteGroupBuilder MapInterventionEndpoints(this RouteGroupBuilder department)
    {
        department.MapPost("/cases/{caseId:guid}/interventions", AddIntervention).ProducesProblem(StatusCodes.Status409Conflict);
        department.MapPost("/cases/{caseId:guid}/interventions/{interventionId:guid}/end", EndIntervention)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return department;
    }

    public static async Task<Results<Created<InterventionAddedResponse>, ValidationProblem, ProblemHttpResult>> AddIntervention(
        [AsParameters] DepartmentRoute route, Guid caseId, AddInterventionRequest? request, InterventionService interventions)
    {
        var outcome = await interventions.AddAsync(route.Department, caseId, request, messageId: null, route.Aborted);
        return outcome.ToCreated(added => $"/api/{route.Key}/cases/{caseId}/interventions/{added.InterventionId}");
    }

    public static async Task<Results<Ok<InterventionEndedResponse>, ValidationProblem, ProblemHttpResult>> EndIntervention(
        [AsParameters] DepartmentRoute route, Guid caseId, Guid interventionId, EndInterventionRequest? request, InterventionService interventions) =>
        (await interventions.EndAsync(route.Department, caseId, interventionId, request, messageId: null, route.Aborted)).ToOk();
}
