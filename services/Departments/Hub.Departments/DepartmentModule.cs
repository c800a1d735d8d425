using Microsoft.AspNetCore.Http;
using Hub.Departments.Cases;
using Hub.Persistence;
using Hub.ServiceDefaults.Privacy;
using Hub.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hub.Departments;

public static class DepartmentModule
{
    /// <summary>Adds one centre: its profile, its own database (<c>Databases:{key}</c>) and outbox relay.</summary>
    public static IHostApplicationBuilder AddDepartment(this IHostApplicationBuilder builder, string key)
    {
        builder.Services.AddSingleton(new DepartmentCatalog.Registration(key));
        builder.Services.TryAddSingleton<DepartmentCatalog>();
        builder.AddModuleDatabase(key, typeof(DepartmentModule).Assembly);
        builder.AddCitizenIdentity();
        return builder;
    }

    /// <summary>Maps the ingest API once for every centre this process serves.</summary>
    public static IEndpointRouteBuilder MapDepartments(this IEndpointRouteBuilder app)
    {
        var department = app.MapGroup("/api/{department}")
            .RequireAuthorization(HubPolicies.OwnDepartment)
            .WithTags("Department ingest");
        department.MapCaseEndpoints();
        return app;
    }
}
