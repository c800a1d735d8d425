namespace Hub.Departments.Cases;

/// <summary>
/// <c>/api/{department}/cases</c>: what a department's system reports about its cases. The system is the master of its
/// cases, so opening, closing, reassigning and reading a case back are for its token alone (issue 13): a person who could
/// open a case or name themselves its caseworker could make themselves need-to-know.
/// </summary>
public static class CaseEndpoints
{
    public static RouteGroupBuilder MapCaseEndpoints(this RouteGroupBuilder department)
    {
        department.MapPost("/cases", OpenCase).RequireAuthorization(HubPolicies.CentreSystem).ProducesProblem(StatusCodes.Status409Conflict);
        department.MapGet("/cases/{caseId:guid}", GetCase).RequireAuthorization(HubPolicies.CentreSystem);
        department.MapPost("/cases/{caseId:guid}/close", CloseCase).RequireAuthorization(HubPolicies.CentreSystem).ProducesProblem(StatusCodes.Status409Conflict);
        department.MapPut("/cases/{caseId:guid}/caseworker", ChangeCaseworker).RequireAuthorization(HubPolicies.CentreSystem).ProducesProblem(StatusCodes.Status409Conflict);
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
        return await route.Department.Database.ReadAsync(read => CaseView.LoadAsync(read, caseId), route.Aborted) is { } view
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
