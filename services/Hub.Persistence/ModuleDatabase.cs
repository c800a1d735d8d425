using System.Data;
using System.Data.Common;
using System.Reflection;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hub.Persistence;

/// <summary>
/// One module's own database: a service never reads another's tables. A module reads and writes it with two verbs
/// (docs/architecture.md, "How a module reads and writes"):
/// <list type="bullet">
/// <item><see cref="ReadAsync{T}"/>: a read unit, one snapshot on a pooled read-only connection, off the write lock;</item>
/// <item><see cref="WriteAsync{T}"/>: a write unit in the next group commit (<see cref="GroupCommit"/>); it stands when
/// the work returns and is undone when it throws; the call completes once it is durable.</item>
/// </list>
/// A write inside a write unit joins it under a savepoint, and a read inside one reads through it, so nesting can
/// neither deadlock nor miss the unit's own writes.
/// </summary>
/// <remarks>
/// The exceptions, each with its reason, and nowhere else: the migrations (<see cref="Migrations.MigrationRunner"/>) run
/// DDL on a connection of their own before the writer starts, one transaction per script under the migrations' lock;
/// the standalone's backup copies each file with <c>VACUUM INTO</c> on a connection of its own; tests and benchmarks
/// inspect a database through <see cref="OpenAsync"/> (visible to them only).
/// </remarks>
public sealed class ModuleDatabase
{
    private readonly GroupCommit _writer;
    private readonly Statements.ReadConnectionPool _readers;
    private readonly AsyncLocal<WriteUnit?> _currentWrite = new();

    public ModuleDatabase(string module, DatabaseOptions options, Assembly migrationsAssembly, string contentRoot,
        ICommitObserver? commitObserver = null, ILogger? logger = null)
    {
        Module = module;
        Dialect = SqlDialect.For(options.Provider);
        MigrationsAssembly = migrationsAssembly;
        ConnectionString = options.ConnectionString is { Length: > 0 } configured
            ? configured
            : DefaultSqlite(module, contentRoot);
        CommitObserver = commitObserver;
        TypeHandlers.Register();
        _writer = new GroupCommit(this, logger ?? NullLogger.Instance);
        _readers = new Statements.ReadConnectionPool(OpenReaderAsync);
    }

    public string Module { get; }
    public SqlDialect Dialect { get; }
    public Assembly MigrationsAssembly { get; }
    public string ConnectionString { get; }

    internal ICommitObserver? CommitObserver { get; }

    /// <summary>Wakes this database's outbox relay when a transaction with events commits.</summary>
    public Outbox.OutboxSignal OutboxSignal { get; } = new();

    /// <summary>Runs <paramref name="work"/> on one consistent snapshot; see the class summary.</summary>
    public async Task<T> ReadAsync<T>(Func<ReadUnit, Task<T>> work, CancellationToken cancellationToken = default)
    {
        if (CurrentWrite is { } enclosing) return await work(enclosing);
        if (Dialect.Provider != DatabaseProvider.Sqlite) return await ReadOnSqlServerAsync(work, cancellationToken);

        var reader = await _readers.RentAsync(cancellationToken);
        T result;
        try
        {
            // Deferred: Microsoft.Data.Sqlite would otherwise open BEGIN IMMEDIATE and take the write lock for a read.
            await using var snapshot = reader.Connection.BeginTransaction(deferred: true);
            result = await work(new ReadUnit(this, reader.Connection, snapshot, reader.Statements));
        }
        catch
        {
            await reader.DisposeAsync();
            throw;
        }

        await _readers.ReturnAsync(reader);
        return result;
    }

    /// <summary>Runs <paramref name="work"/> as a unit of the next group commit; see the class summary.</summary>
    public Task<T> WriteAsync<T>(Func<WriteUnit, Task<T>> work, CancellationToken cancellationToken = default) =>
        CurrentWrite is { } enclosing ? RunNestedAsync(enclosing, work) : _writer.RunAsync(work, cancellationToken);

    public Task WriteAsync(Func<WriteUnit, Task> work, CancellationToken cancellationToken = default) =>
        WriteAsync<bool>(async unit =>
        {
            await work(unit);
            return true;
        }, cancellationToken);

    /// <summary>Starts the group commit's writer; the host does this after the migrations (<see cref="Migrations.DatabaseLifetime"/>).</summary>
    public void StartWriter() => _writer.Start();

    /// <summary>Writes what is queued, then takes no more writes; the host does this once everything else stopped.</summary>
    public Task StopWriterAsync() => _writer.StopAsync();

    /// <summary>The write unit whose work is running in this flow, if any (a task it left behind does not count).</summary>
    private WriteUnit? CurrentWrite => _currentWrite.Value is { Ended: false } unit ? unit : null;

    private async Task<T> RunNestedAsync<T>(WriteUnit enclosing, Func<WriteUnit, Task<T>> work) =>
        await enclosing.RunNestedAsync(nested =>
        {
            _currentWrite.Value = nested;
            return work(nested);
        });

    internal async Task RunAsCurrentAsync(WriteUnit unit, Func<WriteUnit, Task> work)
    {
        // An async method's change to an AsyncLocal stays in its own flow: the group commit's loop never sees it.
        _currentWrite.Value = unit;
        await work(unit);
    }

    private async Task<T> ReadOnSqlServerAsync<T>(Func<ReadUnit, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        var result = await work(new ReadUnit(this, connection, transaction, null));
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>A new connection with the module's settings, for the exceptions in the remarks above and the two units.</summary>
    internal async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        DbConnection connection = Dialect.Provider == DatabaseProvider.SqlServer
            ? new SqlConnection(ConnectionString)
            : new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        if (connection is SqliteConnection sqlite)
        {
            // FULL: a commit answered 201 or acknowledged to the broker survives a power loss (one fsync per group commit).
            await ExecutePragmasAsync(sqlite, "PRAGMA busy_timeout = 10000; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;", cancellationToken);
        }

        return connection;
    }

    private async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        // Kept by the read pool, never by the driver's: a query_only connection must not come back to a writer.
        var readOnly = new SqliteConnectionStringBuilder(ConnectionString) { Pooling = false }.ToString();
        var connection = new SqliteConnection(readOnly);
        await connection.OpenAsync(cancellationToken);
        await ExecutePragmasAsync(connection, "PRAGMA busy_timeout = 10000; PRAGMA query_only = ON;", cancellationToken);
        return connection;
    }

    private static async Task ExecutePragmasAsync(SqliteConnection connection, string pragmas, CancellationToken cancellationToken)
    {
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = pragmas;
        await pragma.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>On SQLite, a statement cache over <paramref name="connection"/> for its lifetime; null elsewhere.</summary>
    internal static Statements.PreparedStatementConnection? PreparedStatementsOf(DbConnection connection) =>
        connection is SqliteConnection sqlite ? new Statements.PreparedStatementConnection(sqlite) : null;

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
