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
        _batches = new Lazy<GroupCommit>(() => new GroupCommit(this));
        _readers = new Statements.ReadConnectionPool(async ct => (SqliteConnection)await OpenAsync(ct));
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

    /// <summary>
    /// On SQLite, the one writer of this process at a time. SQLite has a single write lock; without this gate
    /// concurrent writers find it taken and sleep in the busy handler (1, 2, 5 … 100 ms) instead of queueing,
    /// which costs more than the work itself under load. Another process on the same file still meets the
    /// busy timeout, which stays as the cross-process guard.
    /// </summary>
    public WriterGate Writers { get; } = new();

    /// <summary>Runs a unit of work in a batch that shares one transaction and one commit (see <see cref="GroupCommit"/>).</summary>
    public GroupCommit Batches => _batches.Value;

    private readonly Lazy<GroupCommit> _batches;

    /// <summary>A transaction whose writes, inbox record and outgoing events commit together.</summary>
    public async Task<UnitOfWork> BeginAsync(CancellationToken cancellationToken = default)
    {
        var turn = Dialect.Provider == DatabaseProvider.Sqlite ? await Writers.EnterAsync(cancellationToken) : null;
        try
        {
            var connection = await OpenAsync(cancellationToken);
            var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
            return new UnitOfWork(this, connection, transaction, turn, statements: PreparedStatementsOf(connection));
        }
        catch
        {
            turn?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A read-only unit of work: one consistent snapshot without the write lock. On SQLite a deferred
    /// transaction (Microsoft.Data.Sqlite would otherwise open <c>BEGIN IMMEDIATE</c> and serialise every
    /// reader behind the writers); on SQL Server read committed, as before.
    /// </summary>
    public async Task<UnitOfWork> BeginReadAsync(CancellationToken cancellationToken = default)
    {
        if (Dialect.Provider == DatabaseProvider.Sqlite)
        {
            var reader = await _readers.RentAsync(cancellationToken);
            try
            {
                var deferred = reader.Connection.BeginTransaction(deferred: true);
                return new UnitOfWork(this, reader.Connection, deferred, statements: reader.Statements,
                    returnConnection: () => _readers.ReturnAsync(reader));
            }
            catch
            {
                await reader.DisposeAsync();
                throw;
            }
        }

        var connection = await OpenAsync(cancellationToken);
        var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        return new UnitOfWork(this, connection, transaction, null);
    }

    private readonly Statements.ReadConnectionPool _readers;

    /// <summary>On SQLite, a statement cache over <paramref name="connection"/> for its lifetime; null elsewhere.</summary>
    internal static Statements.PreparedStatementConnection? PreparedStatementsOf(DbConnection connection) =>
        connection is SqliteConnection sqlite ? new Statements.PreparedStatementConnection(sqlite) : null;

    /// <summary>One statement outside a unit of work that writes (the outbox relay's marks, cleanups), through the writer gate.</summary>
    public async Task<int> ExecuteWriteAsync(string sql, object? parameters, CancellationToken cancellationToken)
    {
        using var turn = Dialect.Provider == DatabaseProvider.Sqlite ? await Writers.EnterAsync(cancellationToken) : null;
        await using var connection = await OpenAsync(cancellationToken);
        return await Dapper.SqlMapper.ExecuteAsync(connection, sql, parameters);
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
