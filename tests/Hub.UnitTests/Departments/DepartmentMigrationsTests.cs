using Dapper;
using Hub.Departments;
using Hub.Persistence;
using Hub.Persistence.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Hub.UnitTests.Departments;

/// <summary>The department module's migrations: the T-SQL parses (no SQL Server here), the SQLite ones apply.</summary>
public sealed class DepartmentMigrationsTests
{
    public static TheoryData<string> SqlServerScripts() =>
        new(MigrationRunner.ScriptsFor(typeof(DepartmentModule).Assembly, "departments", SqlDialect.SqlServer).Select(s => s.Name));

    [Theory]
    [MemberData(nameof(SqlServerScripts))]
    public void Every_sql_server_script_parses(string name)
    {
        var script = MigrationRunner.ScriptsFor(typeof(DepartmentModule).Assembly, "departments", SqlDialect.SqlServer).Single(s => s.Name == name);
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(script.Sql), out var errors);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{name}:{e.Line}: {e.Message}")));
    }

    [Fact]
    public void Both_dialects_have_the_same_numbered_scripts()
    {
        string[] Names(SqlDialect dialect) => MigrationRunner.ScriptsFor(typeof(DepartmentModule).Assembly, "departments", dialect).Select(s => s.Name).ToArray();
        Assert.Equal(Names(SqlDialect.Sqlite), Names(SqlDialect.SqlServer));
        Assert.Contains("0002_case_contents.sql", Names(SqlDialect.Sqlite));
    }

    [Fact]
    public async Task The_sqlite_scripts_apply_to_a_fresh_database()
    {
        var folder = Directory.CreateTempSubdirectory("hub-dept-migrations-").FullName;
        try
        {
            var database = new ModuleDatabase("social", new DatabaseOptions(), typeof(DepartmentModule).Assembly, folder);
            await MigrationRunner.ApplyAsync(database);
            await using var connection = await database.OpenAsync();
            var tables = (await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table'")).ToHashSet();
            Assert.Superset(new HashSet<string> { "cases", "interventions", "goals", "goal_progress", "contacts", "notifications", "coordination" }, tables);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
