using Hub.Coordination;
using Hub.Persistence;
using Hub.Persistence.Migrations;
using Microsoft.Data.Sqlite;

namespace Hub.UnitTests.Persistence;

/// <summary>A migrated SQLite file database of the hub's module in a temp folder, its writer started as a host would; deleted afterwards.</summary>
public sealed class SqliteModule(ICommitObserver? observer = null) : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hub-unit-db-").FullName;

    public ModuleDatabase Database { get; private set; } = null!;

    public string File => Path.Combine(_folder, "coordination.db");

    public async Task InitializeAsync()
    {
        var options = new DatabaseOptions { ConnectionString = $"Data Source={File}" };
        Database = new ModuleDatabase(CoordinationModule.DatabaseName, options, typeof(CoordinationModule).Assembly, _folder, observer);
        await MigrationRunner.ApplyAsync(Database);
        Database.StartWriter();
    }

    public async Task DisposeAsync()
    {
        await Database.StopWriterAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    public Task<long> CountAsync(string sql, object? parameters = null) =>
        Database.ReadAsync(read => read.ExecuteScalarAsync<long>(sql, parameters));

    /// <summary>Runs <paramref name="work"/> as a write unit and undoes it: what a failed handler leaves behind.</summary>
    public async Task WriteAndUndoAsync(Func<WriteUnit, Task> work)
    {
        await Assert.ThrowsAsync<Undone>(() => Database.WriteAsync(async unit =>
        {
            await work(unit);
            throw new Undone();
        }));
    }

    private sealed class Undone : Exception;
}
