using Hub.Coordination;
using Hub.Persistence;
using Hub.Persistence.Migrations;
using Microsoft.Data.Sqlite;

namespace Hub.UnitTests.Persistence;

/// <summary>A migrated SQLite file database of the hub's module in a temp folder, deleted afterwards.</summary>
public sealed class SqliteModule : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hub-unit-db-").FullName;

    public ModuleDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var options = new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(_folder, "coordination.db")}" };
        Database = new ModuleDatabase(CoordinationModule.DatabaseName, options, typeof(CoordinationModule).Assembly, _folder);
        await MigrationRunner.ApplyAsync(Database);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }

    public async Task<long> CountAsync(string sql, object? parameters = null)
    {
        await using var work = await Database.BeginAsync();
        return await work.ExecuteScalarAsync<long>(sql, parameters);
    }
}
