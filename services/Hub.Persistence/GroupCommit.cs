using System.Data;
using System.Data.Common;
using System.Threading.Channels;

namespace Hub.Persistence;

/// <summary>
/// Group commit: units of work that arrive while another batch is being written share one transaction and
/// one commit, each under its own savepoint. A unit that throws (or returns without committing) is rolled
/// back to its savepoint alone and its caller sees its exception; the others commit. Every caller's task
/// completes only after the batch's commit, so whoever acknowledges a message or answers a request does so
/// once its effect is durable, exactly as with a transaction of its own. What it buys: one commit and one
/// turn at SQLite's single write lock for many units, instead of one each.
/// </summary>
public sealed class GroupCommit
{
    /// <summary>At most this many units per transaction, so one commit never waits on an unbounded batch.</summary>
    public const int MaxBatch = 200;

    private readonly ModuleDatabase _database;

    /// <summary>
    /// On SQLite the batches keep one connection and its prepared statements (the statements a hub or centre runs are
    /// few and run for every event); dropped after a failed batch, so a broken connection is never reused.
    /// </summary>
    private (DbConnection Connection, DbConnection? Statements)? _writer;
    private readonly Channel<PendingUnit> _queue = Channel.CreateUnbounded<PendingUnit>(new UnboundedChannelOptions { SingleReader = true });

    public GroupCommit(ModuleDatabase database)
    {
        _database = database;
        _ = Task.Run(WriteLoopAsync);
    }

    /// <summary>Runs <paramref name="work"/> in the next batch; completes once that batch is committed.</summary>
    public Task<T> RunAsync<T>(Func<UnitOfWork, Task<T>> work)
    {
        var pending = new PendingUnit<T>(work);
        if (!_queue.Writer.TryWrite(pending)) throw new InvalidOperationException("The group commit has stopped.");
        return pending.Completion;
    }

    public Task RunAsync(Func<UnitOfWork, Task> work) => RunAsync<bool>(async unit =>
    {
        await work(unit);
        return true;
    });

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingUnit>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next)) batch.Add(next);
            await WriteBatchAsync(batch);
        }
    }

    private async Task WriteBatchAsync(List<PendingUnit> batch)
    {
        var kept = new List<PendingUnit>(batch.Count);
        try
        {
            using var turn = _database.Dialect.Provider == DatabaseProvider.Sqlite ? await _database.Writers.EnterAsync(CancellationToken.None) : null;
            var (connection, statements) = _writer ??= await OpenWriterAsync();
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted);
            var unit = new UnitOfWork(_database, connection, transaction, shared: true, statements: statements);
            foreach (var pending in batch)
            {
                await transaction.SaveAsync("unit");
                unit.CommitRequested = false;
                try
                {
                    await pending.RunAsync(unit);
                }
                catch (Exception exception)
                {
                    await transaction.RollbackAsync("unit");
                    pending.Fail(exception);
                    continue;
                }

                if (!unit.CommitRequested) await transaction.RollbackAsync("unit");
                await transaction.ReleaseAsync("unit");
                kept.Add(pending);
            }

            await transaction.CommitAsync();
            // SQL Server pools its own connections and caches plans on the server: keep nothing open between batches.
            if (_database.Dialect.Provider != DatabaseProvider.Sqlite) await DropWriterAsync();
            if (unit.Enqueued)
            {
                _database.OutboxSignal.Notify();
                _database.Metrics?.Committed(_database.Module, unit.Published);
            }
        }
        catch (Exception exception)
        {
            await DropWriterAsync();
            foreach (var pending in kept) pending.Fail(exception);
            foreach (var pending in batch.Except(kept)) pending.Fail(exception);
            return;
        }

        foreach (var pending in kept) pending.Complete();
    }

    private async Task<(DbConnection, DbConnection?)> OpenWriterAsync()
    {
        var connection = await _database.OpenAsync();
        return (connection, ModuleDatabase.PreparedStatementsOf(connection));
    }

    private async Task DropWriterAsync()
    {
        if (_writer is not { } writer) return;
        _writer = null;
        try
        {
            if (writer.Statements is { } statements) await statements.DisposeAsync();
            await writer.Connection.DisposeAsync();
        }
        catch (Exception)
        {
            // Already broken; the next batch opens a fresh connection.
        }
    }

    private abstract class PendingUnit
    {
        public abstract Task RunAsync(UnitOfWork unit);
        public abstract void Complete();
        public abstract void Fail(Exception exception);
    }

    private sealed class PendingUnit<T>(Func<UnitOfWork, Task<T>> work) : PendingUnit
    {
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T _result = default!;

        public Task<T> Completion => _completion.Task;

        public override async Task RunAsync(UnitOfWork unit) => _result = await work(unit);

        public override void Complete() => _completion.TrySetResult(_result);

        public override void Fail(Exception exception) => _completion.TrySetException(exception);
    }
}
