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
    public static IHostApplicationBuilder AddModuleDatabase(this IHostApplicationBuilder builder, string module, Assembly migrationsAssembly)
    {
        // Read at resolution time, so test hosts and late configuration sources can still point it elsewhere.
        builder.Services.AddKeyedSingleton(module, (sp, _) => new ModuleDatabase(
            module,
            sp.GetRequiredService<IConfiguration>().GetSection($"Databases:{module}").Get<DatabaseOptions>() ?? new DatabaseOptions(),
            migrationsAssembly,
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath));

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.Configure<OutboxOptions>(builder.Configuration.GetSection(OutboxOptions.Section));
        builder.Services.AddSingleton(new DatabaseMigrator.Registration(module));
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, DatabaseMigrator>());
        builder.Services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<OutboxRelay>(sp, Database(sp, module)));
        builder.Services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<OutboxCleanup>(sp, Database(sp, module)));
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            $"database-{module}", sp => new DatabaseHealthCheck(Database(sp, module)), HealthStatus.Unhealthy, [HealthExtensions.ReadyTag]));
        return builder;
    }

    public static ModuleDatabase Database(this IServiceProvider services, string module) =>
        services.GetRequiredKeyedService<ModuleDatabase>(module);
}
