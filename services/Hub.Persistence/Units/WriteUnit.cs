using System.Data.Common;
using Dapper;
using Hub.Persistence.Inbox;
using Hub.Persistence.Outbox;

namespace Hub.Persistence;

/// <summary>
/// What <see cref="ModuleDatabase.WriteAsync{T}"/> hands its work: a share of the group commit's transaction under a
/// savepoint of its own. State changes, the inbox record of the message being handled and the events to publish stand
/// together when the work returns, and are undone together when it throws. There is no commit to call or forget.
/// </summary>
public sealed class WriteUnit : ReadUnit
{
    private List<string>? _published;
    private int _nested;

    internal WriteUnit(ModuleDatabase database, DbConnection connection, DbTransaction transaction, DbConnection? statements)
        : base(database, connection, transaction, statements)
    {
    }

    /// <summary>Set once the work has returned or thrown: a task it left running cannot join a unit that is over.</summary>
    internal bool Ended { get; private set; }

    /// <summary>The event types this unit put in the outbox (its own and those of nested units that stood).</summary>
    internal IReadOnlyList<string> Published => _published ?? [];

    public Task<int> ExecuteAsync(string sql, object? parameters = null) =>
        Statements.ExecuteAsync(sql, parameters, Transaction);

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

    /// <summary>Queues an event to publish once this unit's transaction commits (the transactional outbox).</summary>
    public async Task PublishAsync<T>(T message, Guid messageId) where T : class
    {
        await OutboxStore.EnqueueAsync(this, message, typeof(T), messageId);
        (_published ??= []).Add(typeof(T).Name);
    }

    /// <summary>A unit nested in this one, under a savepoint of its own: its work stands or is undone apart from ours.</summary>
    internal async Task<T> RunNestedAsync<T>(Func<WriteUnit, Task<T>> work)
    {
        var savepoint = $"nested{++_nested}";
        await Transaction.SaveAsync(savepoint);
        var nested = new WriteUnit(Database, Connection, Transaction, Statements);
        try
        {
            var result = await work(nested);
            await Transaction.ReleaseAsync(savepoint);
            if (nested._published is { } events) (_published ??= []).AddRange(events);
            return result;
        }
        catch
        {
            await Transaction.RollbackAsync(savepoint);
            await Transaction.ReleaseAsync(savepoint);
            throw;
        }
        finally
        {
            nested.End();
        }
    }

    internal void End() => Ended = true;
}
