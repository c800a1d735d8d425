using System.Data.Common;
using Dapper;
using Hub.Persistence.Inbox;
using Hub.Persistence.Outbox;

namespace Hub.Persistence;

/// <summary>
/// One transaction in a module's database. State changes, the inbox record of the message being
/// handled and the events to publish all commit together, or not at all. Inside a <see cref="GroupCommit"/>
/// batch the transaction is shared: <see cref="CommitAsync"/> then keeps this unit's work (its savepoint)
/// for the batch's one commit, and leaving without it undoes the unit's work alone.
/// </summary>
/// <param name="statements">What the SQL runs through: on SQLite the connection's prepared-statement cache
/// (<see cref="Statements.PreparedStatementConnection"/>), else <paramref name="connection"/> itself.</param>
/// <param name="returnConnection">For a pooled read connection: hands it back once the unit ended cleanly (else it is closed).</param>
public sealed class UnitOfWork(
    ModuleDatabase database, DbConnection connection, DbTransaction transaction, IDisposable? writerTurn = null, bool shared = false,
    DbConnection? statements = null, Func<ValueTask>? returnConnection = null) : IAsyncDisposable
{
    private readonly DbConnection _statements = statements ?? connection;
    private List<string>? _published;

    /// <summary>In a shared batch: whether the current unit asked to commit.</summary>
    internal bool CommitRequested { get; set; }

    internal bool Enqueued => _published is not null;

    internal IReadOnlyList<string> Published => _published ?? [];

    /// <summary>Whether <see cref="CommitAsync"/> was called: the work this unit did is meant to stand.</summary>
    public bool Committed { get; private set; }

    public ModuleDatabase Database { get; } = database;
    public DbConnection Connection { get; } = connection;
    public DbTransaction Transaction { get; } = transaction;

    public Task<int> ExecuteAsync(string sql, object? parameters = null) =>
        _statements.ExecuteAsync(sql, parameters, Transaction);

    public Task<IEnumerable<T>> QueryAsync<T>(string sql, object? parameters = null) =>
        _statements.QueryAsync<T>(sql, parameters, Transaction);

    public Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? parameters = null) =>
        _statements.QuerySingleOrDefaultAsync<T>(sql, parameters, Transaction);

    public Task<T> ExecuteScalarAsync<T>(string sql, object? parameters = null) =>
        _statements.ExecuteScalarAsync<T>(sql, parameters, Transaction)!;

    /// <summary>
    /// Holds <paramref name="resource"/> exclusively until this transaction ends, across every instance on the
    /// database (<see cref="SqlDialect.Serialize"/>): e.g. one citizen, so two instances cannot decide about
    /// the same citizen from two snapshots at once. A no-op on SQLite, where the write lock is already exclusive.
    /// </summary>
    public async Task SerializeOnAsync(string resource)
    {
        if (Database.Dialect.Serialize is { } sql) await ExecuteAsync(sql, new { Resource = resource });
    }

    /// <summary>Records that <paramref name="consumer"/> handled <paramref name="messageId"/>; false if it already had.</summary>
    public Task<bool> TryMarkHandledAsync(Guid messageId, string consumer) =>
        InboxStore.TryRecordAsync(this, messageId, consumer);

    /// <summary>Queues an event to publish once this transaction commits (the transactional outbox).</summary>
    public async Task PublishAsync<T>(T message, Guid messageId) where T : class
    {
        await OutboxStore.EnqueueAsync(this, message, typeof(T), messageId);
        (_published ??= []).Add(typeof(T).Name);
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        if (shared)
        {
            CommitRequested = true;
            return;
        }

        await Transaction.CommitAsync(cancellationToken);
        Committed = true;
        if (_published is not null)
        {
            Database.OutboxSignal.Notify();
            Database.Metrics?.Committed(Database.Module, _published);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (shared) return;
        try
        {
            await Transaction.DisposeAsync();
            if (returnConnection is not null && Connection.State == System.Data.ConnectionState.Open)
            {
                await returnConnection();
                return;
            }

            if (!ReferenceEquals(_statements, Connection)) await _statements.DisposeAsync();
            await Connection.DisposeAsync();
        }
        finally
        {
            writerTurn?.Dispose();
        }
    }
}
