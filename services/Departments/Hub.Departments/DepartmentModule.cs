using Hub.Departments.Application;
using Hub.Departments.Batches;
using Hub.Departments.Cases;
using Hub.Departments.Contacts;
using Hub.Departments.Goals;
using Hub.Departments.HubDecisions;
using Hub.Departments.Ingest;
using Hub.Departments.Interventions;
using Hub.Departments.Notifications;
using Hub.Persistence;
using Hub.Messaging;
using Hub.Messaging.Operations;
using Hub.ServiceDefaults.Privacy;
using Hub.ServiceDefaults.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hub.Departments;

public static class DepartmentModule
{
    /// <summary>Adds one department: its profile, its own database (<c>Databases:{key}</c>), outbox relay and ingest queue.</summary>
    public static IHostApplicationBuilder AddDepartment(this IHostApplicationBuilder builder, string key)
    {
        builder.Services.AddHubMetrics();
        builder.Services.AddSingleton(new DepartmentCatalog.Registration(key));
        DepartmentOptions.Bind(builder.Services, key);
        builder.Services.TryAddSingleton<DepartmentCatalog>();
        builder.Services.TryAddSingleton<ICommitObserver, AcceptedReportsFigure>();
        builder.AddModuleDatabase(key, typeof(DepartmentModule).Assembly);
        builder.AddCitizenIdentity();
        builder.Services.BusRegistrations().RabbitMqEndpoints.Add((context, rabbit) => IngestEndpoint.Configure(context, rabbit, key));
        if (builder.Services.Any(d => d.ServiceType == typeof(CaseService))) return builder;

        // Once per process, whichever departments it serves.
        builder.Services.AddSingleton<CaseService>();
        builder.Services.AddSingleton<InterventionService>();
        builder.Services.AddSingleton<GoalService>();
        builder.Services.AddSingleton<ContactService>();
        builder.Services.AddSingleton<NotificationService>();
        builder.Services.AddSingleton<IngestDispatcher>();
        builder.Services.AddSingleton<CommandBatch>();
        builder.Services.AddHostedService<CommandAnswerCleanup>();
        builder.Services.AddHubDecisions();
        builder.Services.AddHostedService<AdulthoodWatchService>();
        return builder;
    }

    /// <summary>Maps the ingest API once for every department this process serves.</summary>
    public static IEndpointRouteBuilder MapDepartments(this IEndpointRouteBuilder app)
    {
        var department = app.MapGroup("/api/{department}")
            .RequireAuthorization(HubPolicies.OwnDepartment)
            .AddEndpointFilter<ServedDepartmentFilter>()
            .AddEndpointFilter<RefusedReportFilter>()
            .WithTags("Department ingest")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        department.MapCaseEndpoints();
        department.MapInterventionEndpoints();
        department.MapGoalEndpoints();
        department.MapContactEndpoints();
        department.MapNotificationEndpoints();
        department.MapBatchEndpoints();
        return app;
    }
}
