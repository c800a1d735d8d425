namespace Hub.Departments.Contacts;

/// <summary><c>/api/{department}/cases/{caseId}/contacts</c>: meetings, visits and calls on a case.</summary>
public static class ContactEndpoints
{
    public static RouteGroupBuilder MapContactEndpoints(this RouteGroupBuilder department)
    {
        department.MapPost("/cases/{caseId:guid}/contacts", RecordContact).ProducesProblem(StatusCodes.Status409Conflict);
        return department;
    }

    public static async Task<Results<Created<ContactRecordedResponse>, ValidationProblem, ProblemHttpResult>> RecordContact(
        [AsParameters] DepartmentRoute route, Guid caseId, RecordContactRequest? request, ContactService contacts)
    {
        var outcome = await contacts.RecordAsync(route.Department, caseId, request, messageId: null, route.Aborted);
        return outcome.ToCreated(recorded => $"/api/{route.Key}/cases/{caseId}/contacts/{recorded.ContactId}");
    }
}
