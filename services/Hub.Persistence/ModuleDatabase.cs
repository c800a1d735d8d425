using System.Data;
using System.Data.Common;
using System.Reflection;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Hub.ServiceDefaults.Telemetry;

namespace Hub.Persistence;

/// <summary>
/// One module's own database: a service never reads another's tables. Opens connections and units of
/// work, and knows where its numbered migration scripts are.
/// </summary>
public sealed class ModuleDatabase
{
    public ModuleDatabase(string module, DatabaseOptions options, Assembly migrationsAssembly, string contentRoot)
    {
        Module = module;
        Dialect = SqlDialect.For(options.Provider);
        MigrationsAssembly = migrationsAssembly;
        ConnectionString = options.ConnectionString is { Length: > 0 } configured
            ? configured
            : DefaultSqlite(module, contentRoot);
        TypeHandlers.Register();
    }

    public string Module { get; }
    public SqlDialect Dialect { get; }
    public Assembly MigrationsAssembly { get; }
    public string ConnectionString { get; }

    /// <summary>The host's figures, for code that holds only a unit of work (null in tests that build a database by hand).</summary>
    public HubMetrics? Metrics { get; init; }

    /// <summary>Wakes this database's outbox relay when a transaction with events commits.</summary>
    public Outbox.OutboxSignal OutboxSignal { get; } = new();

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        DbConnection connection = Dialect.Provider == DatabaseProvider.SqlServer
            ? new SqlConnection(ConnectionString)
            : new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        if (connection is SqliteConnection sqlite)
        {
            await using var pragma = sqlite.CreateCommand();
            pragma.CommandText = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        return connection;
    }

    /// <summary>A transaction whose writes, inbox record and outgoing events commit together.</summary>
    public async Task<UnitOfWork> BeginAsync(CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(cancellationToken);
        var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        return new UnitOfWork(this, connection, transaction);
    }

    private static string DefaultSqlite(string module, string contentRoot)
    {
        var folder = Path.Combine(contentRoot, "data");
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, $"{module}.db"),
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }
}
