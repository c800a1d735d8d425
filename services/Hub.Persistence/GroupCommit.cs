using System.Data;
using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Hub.Persistence;

/// <summary>
/// The one writer of a module's database in this process. Units of work that arrive while a batch is being written
/// share the next transaction and its one commit, each under its own savepoint. A unit that throws is rolled back to
/// its savepoint alone and its caller sees its exception; the others commit. Every caller's task completes only after
/// the batch's commit, so whoever acknowledges a message or answers a request does so once its effect is durable, as
/// with a transaction of its own. What it buys: one commit, one fsync and one turn at SQLite's single write lock for
/// many units instead of one each. Started and drained by the host (<see cref="Migrations.DatabaseLifetime"/>).
/// </summary>
internal sealed class GroupCommit(ModuleDatabase database, ILogger logger)
{
    /// <summary>At most this many units per transaction, so one commit never waits on an unbounded batch.</summary>
    public const int MaxBatch = 200;

    private readonly Channel<PendingUnit> _queue = Channel.CreateUnbounded<PendingUnit>(new UnboundedChannelOptions { SingleReader = true });
    private Task? _loop;

    /// <summary>
    /// On SQLite the batches keep one connection and its prepared statements (the statements a hub or centre runs are
    /// few and run for every event); dropped after a failed batch, so a broken connection is never reused.
    /// </summary>
    private (DbConnection Connection, DbConnection? Statements)? _writer;

    public void Start()
    {
        if (_loop is not null) return;
        // The loop must not carry the starter's context: each unit runs in its own caller's (RunUnitAsync).
        using (ExecutionContext.SuppressFlow()) _loop = Task.Run(WriteLoopAsync);
    }

    /// <summary>Takes no more units, writes those already queued, and closes the writer's connection.</summary>
    public async Task StopAsync()
    {
        _queue.Writer.TryComplete();
        if (_loop is not null) await _loop;
        await DropWriterAsync();
    }

    /// <summary>Runs <paramref name="work"/> in the next batch; completes once that batch is committed.</summary>
    public Task<T> RunAsync<T>(Func<WriteUnit, Task<T>> work, CancellationToken cancellationToken)
    {
        if (_loop is null)
        {
            throw new InvalidOperationException(
                $"The {database.Module} database's writer has not started: its host starts it (AddModuleDatabase), a test calls StartWriter().");
        }

        var pending = new PendingUnit<T>(work, ExecutionContext.Capture(), cancellationToken);
        if (!_queue.Writer.TryWrite(pending)) throw new InvalidOperationException($"The {database.Module} database's writer has stopped.");
        return pending.Completion;
    }

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
        var kept = new List<(PendingUnit Pending, IReadOnlyList<string> Published)>(batch.Count);
        try
        {
            var (connection, statements) = _writer ??= await OpenWriterAsync();
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted);
            foreach (var pending in batch)
            {
                if (pending.CancellationToken.IsCancellationRequested)
                {
                    pending.Fail(new OperationCanceledException(pending.CancellationToken));
                    continue;
                }

                var unit = new WriteUnit(database, connection, transaction, statements);
                await transaction.SaveAsync("unit");
                try
                {
                    await RunUnitAsync(pending, unit);
                    await transaction.ReleaseAsync("unit");
                    kept.Add((pending, unit.Published));
                }
                catch (Exception exception)
                {
                    await transaction.RollbackAsync("unit");
                    await transaction.ReleaseAsync("unit");
                    pending.Fail(exception);
                }
                finally
                {
                    unit.End();
                }
            }

            await transaction.CommitAsync();
        }
        catch (Exception exception)
        {
            // Nothing of this batch committed: every unit still waiting fails, and the next batch opens a new connection.
            await DropWriterAsync();
            foreach (var pending in batch) pending.Fail(exception);
            return;
        }

        // Committed. Nothing from here on may fail a unit that committed: a caller told "failed" would retry it.
        foreach (var (pending, _) in kept) pending.Complete();
        await AfterCommitAsync(kept.SelectMany(k => k.Published).ToList());
    }

    /// <summary>Runs the unit's work in its caller's execution context (trace, culture), with the unit as the one nested writes join.</summary>
    private Task RunUnitAsync(PendingUnit pending, WriteUnit unit)
    {
        if (pending.Context is null) return database.RunAsCurrentAsync(unit, pending.RunAsync);
        Task running = null!;
        ExecutionContext.Run(pending.Context, _ => running = database.RunAsCurrentAsync(unit, pending.RunAsync), null);
        return running;
    }

    private async Task AfterCommitAsync(IReadOnlyList<string> published)
    {
        try
        {
            // SQL Server pools its own connections and caches plans on the server: keep nothing open between batches.
            if (database.Dialect.Provider != DatabaseProvider.Sqlite) await DropWriterAsync();
            if (published.Count > 0)
            {
                database.OutboxSignal.Notify();
                database.CommitObserver?.Committed(database.Module, published);
            }
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "A step after the {Module} database's commit failed; the committed units stand", database.Module);
        }
    }

    private async Task<(DbConnection, DbConnection?)> OpenWriterAsync()
    {
        var connection = await database.OpenAsync();
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

    private abstract class PendingUnit(ExecutionContext? context, CancellationToken cancellationToken)
    {
        public ExecutionContext? Context { get; } = context;
        public CancellationToken CancellationToken { get; } = cancellationToken;
        public abstract Task RunAsync(WriteUnit unit);
        public abstract void Complete();
        public abstract void Fail(Exception exception);
    }

    private sealed class PendingUnit<T>(Func<WriteUnit, Task<T>> work, ExecutionContext? context, CancellationToken cancellationToken)
        : PendingUnit(context, cancellationToken)
    {
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T _result = default!;

        public Task<T> Completion => _completion.Task;

        public override async Task RunAsync(WriteUnit unit) => _result = await work(unit);

        public override void Complete() => _completion.TrySetResult(_result);

        public override void Fail(Exception exception) => _completion.TrySetException(exception);
    }
}
