using Hub.Departments.Application;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Hub.Departments.Contacts;

public static class ContactEndpoints
{
    public static RouteGroupBuilder MapContactEndpoints(this RouteGroupBuilder department)
    {
        department.MapPost("/cases/{caseId:guid}/contacts",
            (string department, Guid caseId, RecordContactRequest? request, ContactService contacts, IServiceProvider services, CancellationToken ct) =>
                services.InCentre(department, centre => contacts.RecordAsync(centre, caseId, request, null, ct)));
        return department;
    }
}
