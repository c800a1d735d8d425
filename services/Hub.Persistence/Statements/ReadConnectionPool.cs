using Microsoft.Data.Sqlite;

namespace Hub.Persistence.Statements;

/// <summary>
/// Open SQLite connections for read-only units of work, each keeping its prepared statements, so a read (the
/// unified view: about ten statements) neither opens a connection nor parses SQL once the pool is warm.
/// Connections come back only from a unit that ended cleanly; at most <see cref="Capacity"/> are kept.
/// </summary>
internal sealed class ReadConnectionPool(Func<CancellationToken, Task<SqliteConnection>> open)
{
    public const int Capacity = 8;

    private readonly Stack<PooledReader> _idle = new();
    private readonly Lock _gate = new();

    public async Task<PooledReader> RentAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_idle.TryPop(out var idle)) return idle;
        }

        var connection = await open(cancellationToken);
        return new PooledReader(connection, new PreparedStatementConnection(connection));
    }

    public async ValueTask ReturnAsync(PooledReader reader)
    {
        lock (_gate)
        {
            if (_idle.Count < Capacity)
            {
                _idle.Push(reader);
                return;
            }
        }

        await reader.DisposeAsync();
    }
}

/// <summary>One pooled read connection and its statement cache.</summary>
internal sealed record PooledReader(SqliteConnection Connection, PreparedStatementConnection Statements) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        await Statements.DisposeAsync();
        await Connection.DisposeAsync();
    }
}
