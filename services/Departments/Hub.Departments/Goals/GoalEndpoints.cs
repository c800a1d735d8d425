using Hub.Departments.Application;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Hub.Departments.Goals;

public static class GoalEndpoints
{
    public static RouteGroupBuilder MapGoalEndpoints(this RouteGroupBuilder department)
    {
        department.MapPost("/cases/{caseId:guid}/goals",
            (string department, Guid caseId, AddGoalRequest? request, GoalService goals, IServiceProvider services, CancellationToken ct) =>
                services.InCentre(department, centre => goals.AddAsync(centre, caseId, request, null, ct)));
        department.MapPost("/cases/{caseId:guid}/goals/{goalId:guid}/progress",
            (string department, Guid caseId, Guid goalId, GoalProgressRequest? request, GoalService goals, IServiceProvider services, CancellationToken ct) =>
                services.InCentre(department, centre => goals.RecordProgressAsync(centre, caseId, goalId, request, null, ct)));
        return department;
    }
}
