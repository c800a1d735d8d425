using Dapper;
using Hub.Persistence.Statements;
using Microsoft.Data.Sqlite;

namespace Hub.UnitTests.Persistence;

/// <summary>
/// Dapper through the statement cache behaves as through the plain connection: every call binds its own
/// parameters and reads its own rows, savepoints still undo, and a statement's text is prepared once.
/// </summary>
public sealed class PreparedStatementConnectionTests : IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private PreparedStatementConnection _statements = null!;

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        await _connection.ExecuteAsync("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER)");
        _statements = new PreparedStatementConnection(_connection);
    }

    public async Task DisposeAsync()
    {
        await _statements.DisposeAsync();
        await _connection.DisposeAsync();
    }

    [Fact]
    public async Task The_same_text_runs_again_with_new_parameters_and_is_prepared_once()
    {
        await using var transaction = _connection.BeginTransaction();
        const string insert = "INSERT INTO people (id, name, age) VALUES (@Id, @Name, @Age)";
        for (var i = 1; i <= 50; i++)
        {
            Assert.Equal(1, await _statements.ExecuteAsync(insert, new { Id = i, Name = $"p{i}", Age = (int?)(i % 5 == 0 ? null : i) }, transaction));
        }

        const string byId = "SELECT name FROM people WHERE id = @Id";
        for (var i = 1; i <= 50; i++)
        {
            Assert.Equal($"p{i}", await _statements.QuerySingleOrDefaultAsync<string>(byId, new { Id = i }, transaction));
        }

        Assert.Null(await _statements.QuerySingleOrDefaultAsync<string>(byId, new { Id = 999 }, transaction));
        Assert.Equal(10, await _statements.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM people WHERE age IS NULL", transaction: transaction));
        var older = (await _statements.QueryAsync<(long Id, string Name)>("SELECT id, name FROM people WHERE age > @Age ORDER BY id", new { Age = 47 }, transaction)).ToList();
        Assert.Equal([(48L, "p48"), (49L, "p49")], older);
        Assert.Equal(4, _statements.PreparedCount);
        await transaction.CommitAsync();
    }

    [Fact]
    public async Task A_cached_statement_keeps_working_across_transactions_and_savepoint_rollbacks()
    {
        const string insert = "INSERT INTO people (id, name) VALUES (@Id, @Name)";
        await using (var first = _connection.BeginTransaction())
        {
            await _statements.ExecuteAsync(insert, new { Id = 1, Name = "kept" }, first);
            await first.SaveAsync("unit");
            await _statements.ExecuteAsync(insert, new { Id = 2, Name = "undone" }, first);
            await first.RollbackAsync("unit");
            await Assert.ThrowsAsync<SqliteException>(() => _statements.ExecuteAsync(insert, new { Id = 1, Name = "duplicate" }, first));
            await first.CommitAsync();
        }

        await using (var second = _connection.BeginTransaction())
        {
            await _statements.ExecuteAsync(insert, new { Id = 3, Name = "later" }, second);
            await second.CommitAsync();
        }

        var names = (await _connection.QueryAsync<string>("SELECT name FROM people ORDER BY id")).ToList();
        Assert.Equal(["kept", "later"], names);
    }

    [Fact]
    public async Task A_statement_missing_a_parameter_fails_as_it_would_without_the_cache()
    {
        await using var transaction = _connection.BeginTransaction();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _statements.ExecuteAsync("INSERT INTO people (id, name) VALUES (@Id, @Name)", new { Id = 1 }, transaction));
        Assert.Contains("@Name", error.Message);
    }

    [Fact]
    public async Task A_list_parameter_that_rewrites_the_text_keeps_the_other_parameters()
    {
        await using var transaction = _connection.BeginTransaction();
        for (var i = 1; i <= 6; i++) await _statements.ExecuteAsync("INSERT INTO people (id, name, age) VALUES (@Id, @Name, @Age)", new { Id = i, Name = $"p{i}", Age = i * 10 }, transaction);

        const string sql = "SELECT id FROM people WHERE age >= @MinAge AND id IN @Ids AND name <> @Not ORDER BY id";
        Assert.Equal([2L, 4L], (await _statements.QueryAsync<long>(sql, new { MinAge = 20, Ids = new[] { 1, 2, 4 }, Not = "x" }, transaction)).ToList());
        Assert.Equal([3L, 5L, 6L], (await _statements.QueryAsync<long>(sql, new { MinAge = 0, Ids = new[] { 3, 5, 6 }, Not = "x" }, transaction)).ToList());
        Assert.Equal([5L], (await _statements.QueryAsync<long>(sql, new { MinAge = 0, Ids = new[] { 5, 6 }, Not = "p6" }, transaction)).ToList());
        Assert.Empty(await _statements.QueryAsync<long>(sql, new { MinAge = 0, Ids = Array.Empty<int>(), Not = "x" }, transaction));
    }

    [Fact]
    public async Task The_cache_is_bounded()
    {
        await using var small = new PreparedStatementConnection(_connection, capacity: 3);
        for (var i = 0; i < 10; i++) Assert.Equal(i, await small.ExecuteScalarAsync<long>($"SELECT {i}"));
        Assert.InRange(small.PreparedCount, 1, 3);
    }
}
