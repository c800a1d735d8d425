using System.Reflection;
using Hub.Persistence.Migrations;
using Hub.Persistence.Outbox;
using Hub.ServiceDefaults.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Persistence;

public static class PersistenceExtensions
{
    /// <summary>
    /// Registers a module's own database from <c>Databases:{module}</c>, its migrations and its writer (both started
    /// before the host starts anything else, the writer drained after everything stopped), its outbox cleanup, and a
    /// readiness check. The outbox relay needs the
    /// bus: a host's <c>AddHubBus()</c> (Hub.Messaging) adds one for every module registered here.
    /// </summary>
    public static IHostApplicationBuilder AddModuleDatabase(this IHostApplicationBuilder builder, string module, Assembly migrationsAssembly)
    {
        DatabaseOptions.Bind(builder.Services, module);
        // Resolved from the bound options, so test hosts and late configuration sources can still point it elsewhere.
        builder.Services.AddKeyedSingleton(module, (sp, _) => new ModuleDatabase(
            module,
            sp.GetRequiredService<IOptionsMonitor<DatabaseOptions>>().Get(module),
            migrationsAssembly,
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath,
            sp.GetService<ICommitObserver>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger($"Hub.Persistence.{module}")));

        builder.Services.TryAddSingleton(TimeProvider.System);
        if (!builder.Services.ModuleDatabaseNames().Any())
        {
            // One Outbox section for every module of the host: bound and validated once.
            builder.Services.AddOptions<OutboxOptions>()
                .BindConfiguration(OutboxOptions.Section)
                .ValidateDataAnnotations()
                .ValidateOnStart();
        }

        builder.Services.AddSingleton(new ModuleDatabaseRegistration(module));
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, DatabaseLifetime>());
        builder.Services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<OutboxCleanup>(sp, Database(sp, module)));
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            $"database-{module}", sp => new DatabaseHealthCheck(Database(sp, module)), HealthStatus.Unhealthy, [HealthExtensions.ReadyTag]));
        return builder;
    }

    public static ModuleDatabase Database(this IServiceProvider services, string module) =>
        services.GetRequiredKeyedService<ModuleDatabase>(module);

    /// <summary>The modules whose databases are registered so far.</summary>
    public static IEnumerable<string> ModuleDatabaseNames(this IServiceCollection services) =>
        services.Select(d => d.ImplementationInstance).OfType<ModuleDatabaseRegistration>().Select(r => r.Module).ToList();
}
