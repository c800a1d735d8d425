using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Hub.Persistence.Statements;

/// <summary>
/// A SQLite connection that keeps each statement it has run prepared, keyed by its SQL text, for as long as the
/// connection lives. Microsoft.Data.Sqlite prepares (parses and plans) a statement again for every new command
/// object, and Dapper makes one per call: on the hub that was about a quarter of its CPU (perf, issue 11). Dapper
/// runs through this connection unchanged; its commands borrow the cached <see cref="SqliteCommand"/> for their
/// text, so the second run of a statement only binds and steps.
/// </summary>
/// <remarks>
/// Not thread-safe, like the connection it wraps. A cached command holds at most one open reader, so a statement
/// must not be run again while a reader of the same text is still open on this connection (Dapper's buffered
/// queries close theirs before returning). Disposing this wrapper leaves the inner connection to its owner.
/// </remarks>
internal sealed class PreparedStatementConnection(SqliteConnection inner, int capacity = 256) : DbConnection
{
    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);

    public SqliteConnection Inner { get; } = inner;

    /// <summary>How many statements are held prepared now.</summary>
    public int PreparedCount => _prepared.Count;

    /// <summary>The command for <paramref name="sql"/>, prepared once on this connection.</summary>
    internal SqliteCommand CommandFor(string sql)
    {
        if (_prepared.TryGetValue(sql, out var command)) return command;
        if (_prepared.Count >= capacity) Forget();
        command = Inner.CreateCommand();
        command.CommandText = sql;
        _prepared.Add(sql, command);
        return command;
    }

    /// <summary>Finalises every cached statement (SQLite keeps memory per prepared statement).</summary>
    public void Forget()
    {
        foreach (var command in _prepared.Values) command.Dispose();
        _prepared.Clear();
    }

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string ConnectionString
    {
        get => Inner.ConnectionString;
        set => Inner.ConnectionString = value;
    }

    public override string Database => Inner.Database;
    public override string DataSource => Inner.DataSource;
    public override string ServerVersion => Inner.ServerVersion;
    public override ConnectionState State => Inner.State;
    public override void ChangeDatabase(string databaseName) => Inner.ChangeDatabase(databaseName);
    public override void Open() => Inner.Open();
    public override void Close() => Inner.Close();
    protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) => Inner.BeginTransaction(isolationLevel);
    protected override DbCommand CreateDbCommand() => new PreparedStatementCommand(this);

    protected override void Dispose(bool disposing)
    {
        if (disposing) Forget();
        base.Dispose(disposing);
    }
}
