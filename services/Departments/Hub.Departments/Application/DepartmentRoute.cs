using Microsoft.AspNetCore.Mvc;

namespace Hub.Departments.Application;

/// <summary>
/// The <c>{department}</c> of a request's path, bound with <c>[AsParameters]</c>. <see cref="ServedDepartmentFilter"/>
/// has already answered 404 for a department this process does not serve.
/// </summary>
public sealed class DepartmentRoute
{
    [FromRoute(Name = "department")]
    public required string Key { get; init; }

    [FromServices]
    public required DepartmentCatalog Catalog { get; init; }

    public required CancellationToken Aborted { get; init; }

    public DepartmentContext Department => Catalog.Get(Key);
}
