using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Hub.Persistence.Statements;

/// <summary>
/// What Dapper gets from <see cref="PreparedStatementConnection.CreateCommand"/>: once its text is set, it stands
/// for the connection's cached command of that text (parameters cleared), and disposing it leaves that command
/// prepared for the next call.
/// </summary>
internal sealed class PreparedStatementCommand(PreparedStatementConnection connection) : DbCommand
{
    private SqliteCommand? _command;
    private string _text = "";

    private SqliteCommand Command => _command ?? throw new InvalidOperationException("Set CommandText before using the command.");

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string CommandText
    {
        get => _text;
        set
        {
            _text = value ?? "";
            _command = connection.CommandFor(_text);
            _command.Parameters.Clear();
            _command.Transaction = (SqliteTransaction?)DbTransaction;
            _command.CommandTimeout = CommandTimeout;
        }
    }

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

    protected override DbParameterCollection DbParameterCollection => Command.Parameters;

    public override void Cancel() => _command?.Cancel();
    public override void Prepare() => Command.Prepare();
    protected override DbParameter CreateDbParameter() => new SqliteParameter();

    public override int ExecuteNonQuery() => Ready().ExecuteNonQuery();
    public override object? ExecuteScalar() => Ready().ExecuteScalar();
    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => Ready().ExecuteReader(behavior);

    private SqliteCommand Ready()
    {
        var command = Command;
        command.Transaction = (SqliteTransaction?)DbTransaction;
        command.CommandTimeout = CommandTimeout;
        return command;
    }

    // Dispose leaves the cached command alone: it stays prepared on the connection.
}
