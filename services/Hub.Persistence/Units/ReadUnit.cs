using System.Data.Common;
using Dapper;

namespace Hub.Persistence;

/// <summary>
/// What <see cref="ModuleDatabase.ReadAsync{T}"/> hands its work: one consistent snapshot of the module's database to
/// query, and nothing to write with. On SQLite the connection is also <c>PRAGMA query_only</c>, so a write that slips
/// in through a query fails instead of taking the write lock. Inside a write unit a read joins it and sees its writes.
/// </summary>
public class ReadUnit
{
    private readonly DbConnection _statements;

    internal ReadUnit(ModuleDatabase database, DbConnection connection, DbTransaction transaction, DbConnection? statements)
    {
        Database = database;
        Connection = connection;
        Transaction = transaction;
        _statements = statements ?? connection;
    }

    public ModuleDatabase Database { get; }

    public SqlDialect Dialect => Database.Dialect;

    internal DbConnection Connection { get; }

    internal DbTransaction Transaction { get; }

    /// <summary>What SQL runs through: on SQLite the connection's prepared-statement cache, else the connection itself.</summary>
    private protected DbConnection Statements => _statements;

    public Task<IEnumerable<T>> QueryAsync<T>(string sql, object? parameters = null) =>
        _statements.QueryAsync<T>(sql, parameters, Transaction);

    /// <summary>Dapper's multi-mapping: each row split at <paramref name="splitOn"/> into two objects that <paramref name="map"/> joins.</summary>
    public Task<IEnumerable<TResult>> QueryAsync<TFirst, TSecond, TResult>(string sql, Func<TFirst, TSecond, TResult> map, object? parameters, string splitOn) =>
        _statements.QueryAsync(sql, map, parameters, Transaction, splitOn: splitOn);

    public Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? parameters = null) =>
        _statements.QuerySingleOrDefaultAsync<T>(sql, parameters, Transaction);

    public Task<T> ExecuteScalarAsync<T>(string sql, object? parameters = null) =>
        _statements.ExecuteScalarAsync<T>(sql, parameters, Transaction)!;
}
