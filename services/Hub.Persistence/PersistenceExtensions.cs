using System.Reflection;
using Hub.Persistence.Migrations;
using Hub.Persistence.Outbox;
using Hub.ServiceDefaults.Health;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Hub.Persistence;

public static class PersistenceExtensions
{
    /// <summary>
    /// Registers a module's own database from <c>Databases:{module}</c>, its migrations (applied before the
    /// host starts anything else), its outbox relay and cleanup, and a readiness check.
    /// </summary>
    public static ModuleDatabase AddModuleDatabase(this IHostApplicationBuilder builder, string module, Assembly migrationsAssembly)
    {
        var options = builder.Configuration.GetSection($"Databases:{module}").Get<DatabaseOptions>() ?? new DatabaseOptions();
        var database = new ModuleDatabase(module, options, migrationsAssembly, builder.Environment.ContentRootPath);

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.Configure<OutboxOptions>(builder.Configuration.GetSection(OutboxOptions.Section));
        builder.Services.AddKeyedSingleton(module, database);
        builder.Services.AddSingleton(new DatabaseMigrator.Registration(database));
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, DatabaseMigrator>());
        builder.Services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<OutboxRelay>(sp, database));
        builder.Services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<OutboxCleanup>(sp, database));
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            $"database-{module}", _ => new DatabaseHealthCheck(database), HealthStatus.Unhealthy, [HealthExtensions.ReadyTag]));
        return database;
    }
}
