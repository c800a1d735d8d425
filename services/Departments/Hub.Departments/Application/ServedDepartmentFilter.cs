using Hub.ServiceDefaults.Errors;

namespace Hub.Departments.Application;

/// <summary>Answers 404 for a <c>{department}</c> this process does not serve, before any handler runs.</summary>
public sealed class ServedDepartmentFilter(DepartmentCatalog catalog) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var department = context.HttpContext.GetRouteValue("department") as string ?? "";
        return catalog.Serves(department)
            ? next(context)
            : ValueTask.FromResult<object?>(ApiProblems.NotFound("Unknown centre.", $"This service does not serve the centre '{department}'."));
    }
}
