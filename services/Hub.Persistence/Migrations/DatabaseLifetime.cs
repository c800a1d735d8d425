using Microsoft.Extensions.Hosting;

namespace Hub.Persistence.Migrations;

/// <summary>
/// Every module database's life in the host: migrated and its writer started in the host's <c>Starting</c> phase,
/// before the bus, the relays or a request can write; its writer drained in <c>Stopped</c>, once they all stopped,
/// so a unit queued at shutdown is still written (or its caller told it was not).
/// </summary>
internal sealed class DatabaseLifetime(IEnumerable<ModuleDatabaseRegistration> modules, IServiceProvider services) : IHostedLifecycleService
{
    // Held from the start: by Stopped, a host being disposed may no longer resolve services.
    private readonly List<ModuleDatabase> _started = [];

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        foreach (var registration in modules)
        {
            var database = services.Database(registration.Module);
            await MigrationRunner.ApplyAsync(database, cancellationToken);
            database.StartWriter();
            _started.Add(database);
        }
    }

    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        foreach (var database in _started) await database.StopWriterAsync();
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
