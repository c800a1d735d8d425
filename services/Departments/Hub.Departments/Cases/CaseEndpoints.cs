namespace Hub.Departments.Cases;

/// <summary><c>/api/{department}/cases</c>: what a department's system reports about its cases.</summary>
public static class CaseEndpoints
{
    public static RouteGroupBuilder MapCaseEndpoints(this RouteGroupBuilder department)
    {
        department.MapPost("/cases", OpenCase).ProducesProblem(StatusCodes.Status409Conflict);
        department.MapGet("/cases/{caseId:guid}", GetCase);
        department.MapPost("/cases/{caseId:guid}/close", CloseCase).ProducesProblem(StatusCodes.Status409Conflict);
        department.MapPut("/cases/{caseId:guid}/caseworker", ChangeCaseworker).ProducesProblem(StatusCodes.Status409Conflict);
        return department;
    }

    public static async Task<Results<Created<CaseOpenedResponse>, ValidationProblem, ProblemHttpResult>> OpenCase(
        [AsParameters] DepartmentRoute route, OpenCaseRequest? request, CaseService cases)
    {
        var outcome = await cases.OpenAsync(route.Department, request, messageId: null, route.Aborted);
        return outcome.ToCreated(opened => $"/api/{route.Key}/cases/{opened.CaseId}");
    }

    public static async Task<Results<Ok<CaseResponse>, ProblemHttpResult>> GetCase([AsParameters] DepartmentRoute route, Guid caseId)
    {
        await using var work = await route.Department.Database.BeginAsync(route.Aborted);
        return await CaseView.LoadAsync(work, caseId) is { } view
            ? TypedResults.Ok(view)
            : Refusal.NotFound("Case", caseId).ToProblem();
    }

    public static async Task<Results<Ok<CaseClosedResponse>, ValidationProblem, ProblemHttpResult>> CloseCase(
        [AsParameters] DepartmentRoute route, Guid caseId, CloseCaseRequest? request, CaseService cases) =>
        (await cases.CloseAsync(route.Department, caseId, request, messageId: null, route.Aborted)).ToOk();

    public static async Task<Results<Ok<CaseworkerChangedResponse>, ValidationProblem, ProblemHttpResult>> ChangeCaseworker(
        [AsParameters] DepartmentRoute route, Guid caseId, ChangeCaseworkerRequest? request, CaseService cases) =>
        (await cases.ChangeCaseworkerAsync(route.Department, caseId, request, messageId: null, route.Aborted)).ToOk();
}
