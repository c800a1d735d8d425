namespace Hub.Departments.Goals;

/// <summary><c>/api/{department}/cases/{caseId}/goals</c>: goals on a case and the progress towards them.</summary>
public static class GoalEndpoints
{
    public static RouteGroupBuilder MapGoalEndpoints(this RouteGroupBuilder department)
    {
        department.MapPost("/cases/{caseId:guid}/goals", AddGoal).ProducesProblem(StatusCodes.Status409Conflict);
        department.MapPost("/cases/{caseId:guid}/goals/{goalId:guid}/progress", RecordProgress).ProducesProblem(StatusCodes.Status409Conflict);
        return department;
    }

    public static async Task<Results<Created<GoalSetResponse>, ValidationProblem, ProblemHttpResult>> AddGoal(
        [AsParameters] DepartmentRoute route, Guid caseId, AddGoalRequest? request, GoalService goals)
    {
        var outcome = await goals.AddAsync(route.Department, caseId, request, messageId: null, route.Aborted);
        return outcome.ToCreated(set => $"/api/{route.Key}/cases/{caseId}/goals/{set.GoalId}");
    }

    public static async Task<Results<Ok<GoalProgressResponse>, ValidationProblem, ProblemHttpResult>> RecordProgress(
        [AsParameters] DepartmentRoute route, Guid caseId, Guid goalId, GoalProgressRequest? request, GoalService goals) =>
        (await goals.RecordProgressAsync(route.Department, caseId, goalId, request, messageId: null, route.Aborted)).ToOk();
}
