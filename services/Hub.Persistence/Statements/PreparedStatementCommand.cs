using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Hub.Persistence.Statements;

/// <summary>
/// What Dapper gets from <see cref="PreparedStatementConnection.CreateCommand"/>: it collects the text and the
/// parameters, and runs them on the connection's cached command for that text, which stays prepared after this
/// one is disposed.
/// </summary>
/// <remarks>
/// The parameters are held here, not on the cached command, because Dapper may rewrite the text after adding some
/// of them (a list parameter, <c>IN @Ids</c>, becomes <c>IN (@Ids1, @Ids2)</c>): the text is only final at execution.
/// </remarks>
internal sealed class PreparedStatementCommand(PreparedStatementConnection connection) : DbCommand
{
    private readonly SqliteCommand _parameters = new();
    private SqliteCommand? _running;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string CommandText { get; set; } = "";

    public override int CommandTimeout { get; set; } = 30;

    public override CommandType CommandType
    {
        get => CommandType.Text;
        set
        {
            if (value != CommandType.Text) throw new NotSupportedException("SQLite runs text commands only.");
        }
    }

    public override UpdateRowSource UpdatedRowSource { get; set; }
    public override bool DesignTimeVisible { get; set; }

    protected override DbConnection? DbConnection
    {
        get => connection;
        set => throw new NotSupportedException("A prepared statement belongs to the connection that made it.");
    }

    protected override DbTransaction? DbTransaction { get; set; }

    protected override DbParameterCollection DbParameterCollection => _parameters.Parameters;

    public override void Cancel() => _running?.Cancel();
    public override void Prepare() => Ready().Prepare();
    protected override DbParameter CreateDbParameter() => new SqliteParameter();

    public override int ExecuteNonQuery() => Ready().ExecuteNonQuery();
    public override object? ExecuteScalar() => Ready().ExecuteScalar();
    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => Ready().ExecuteReader(behavior);

    private SqliteCommand Ready()
    {
        var command = connection.CommandFor(CommandText ?? "");
        command.Parameters.Clear();
        foreach (SqliteParameter parameter in _parameters.Parameters) command.Parameters.Add(parameter);
        command.Transaction = (SqliteTransaction?)DbTransaction;
        command.CommandTimeout = CommandTimeout;
        _running = command;
        return command;
    }

    protected override void Dispose(bool disposing)
    {
        // The cached command stays prepared on the connection; only this one's parameter holder goes.
        if (disposing) _parameters.Dispose();
        base.Dispose(disposing);
    }
}
