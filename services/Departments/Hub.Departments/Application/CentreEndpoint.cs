using Microsoft.AspNetCore.Http;

namespace Hub.Departments.Application;

public static class CentreEndpoint
{
    /// <summary>Runs an operation in the path's centre and answers its outcome as HTTP.</summary>
    public static async Task<IResult> InCentre(this IServiceProvider services, string department, Func<DepartmentContext, Task<Outcome>> operation) =>
        DepartmentContext.Resolve(services, department) is { } centre
            ? (await operation(centre)).ToHttp()
            : Outcome.NotServed(department).ToHttp();
}
