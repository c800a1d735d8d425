using Microsoft.Extensions.Hosting;

namespace Hub.Persistence.Migrations;

/// <summary>Migrates every module database in the host's <c>Starting</c> phase, before the bus or relays run.</summary>
internal sealed class DatabaseMigrator(IEnumerable<ModuleDatabaseRegistration> modules, IServiceProvider services) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        foreach (var registration in modules)
        {
            await MigrationRunner.ApplyAsync(services.Database(registration.Module), cancellationToken);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
