using Hub.Departments.Application;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Hub.Departments.Interventions;

public static class InterventionEndpoints
{
    public static RouteGroupBuilder MapInterventionEndpoints(this RouteGroupBuilder department)
    {
        department.MapPost("/cases/{caseId:guid}/interventions",
            (string department, Guid caseId, AddInterventionRequest? request, InterventionService interventions, IServiceProvider services, CancellationToken ct) =>
                services.InCentre(department, centre => interventions.AddAsync(centre, caseId, request, null, ct)));
        department.MapPost("/cases/{caseId:guid}/interventions/{interventionId:guid}/end",
            (string department, Guid caseId, Guid interventionId, EndInterventionRequest? request, InterventionService interventions,
                IServiceProvider services, CancellationToken ct) =>
                services.InCentre(department, centre => interventions.EndAsync(centre, caseId, interventionId, request, null, ct)));
        return department;
    }
}
