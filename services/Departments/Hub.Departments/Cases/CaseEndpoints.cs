using Hub.Departments.Application;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hub.Departments.Cases;

/// <summary><c>/api/{department}/cases</c>: what a centre's system reports about its cases.</summary>
public static class CaseEndpoints
{
    public static RouteGroupBuilder MapCaseEndpoints(this RouteGroupBuilder department)
    {
        department.MapPost("/cases", (string department, OpenCaseRequest? request, CaseService cases, IServiceProvider services, CancellationToken ct) =>
            services.InCentre(department, centre => cases.OpenAsync(centre, request, null, ct)));
        department.MapGet("/cases/{caseId:guid}", GetCase);
        department.MapPost("/cases/{caseId:guid}/close",
            (string department, Guid caseId, CloseCaseRequest? request, CaseService cases, IServiceProvider services, CancellationToken ct) =>
                services.InCentre(department, centre => cases.CloseAsync(centre, caseId, request, null, ct)));
        department.MapPut("/cases/{caseId:guid}/caseworker",
            (string department, Guid caseId, ChangeCaseworkerRequest? request, CaseService cases, IServiceProvider services, CancellationToken ct) =>
                services.InCentre(department, centre => cases.ChangeCaseworkerAsync(centre, caseId, request, null, ct)));
        return department;
    }

    private static async Task<IResult> GetCase(string department, Guid caseId, IServiceProvider services, CancellationToken ct)
    {
        if (DepartmentContext.Resolve(services, department) is not { } centre) return Outcome.NotServed(department).ToHttp();
        await using var work = await centre.Database.BeginAsync(ct);
        return await CaseView.LoadAsync(work, caseId) is { } view ? Results.Ok(view) : Outcome.NotFound("Case", caseId).ToHttp();
    }
}
