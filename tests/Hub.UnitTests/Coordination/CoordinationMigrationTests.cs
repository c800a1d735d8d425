using Hub.Coordination;
using Hub.Coordination.Stats;
using Hub.Persistence;
using Hub.Persistence.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Hub.UnitTests.Coordination;

/// <summary>No SQL Server runs here, so the hub's T-SQL migrations are at least parsed.</summary>
public sealed class CoordinationMigrationTests
{
    [Fact]
    public void Every_sqlserver_migration_of_the_hub_parses()
    {
        var scripts = MigrationRunner.ScriptsFor(typeof(CoordinationModule).Assembly, "coordination", SqlDialect.SqlServer);
        Assert.Contains(scripts, s => s.Name == "0002_coordination.sql");
        foreach (var script in scripts)
        {
            new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(script.Sql), out var errors);
            Assert.True(errors.Count == 0, $"{script.Name}: {string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}"))}");
        }
    }

    [Fact]
    public void Each_dialect_has_the_same_numbered_scripts()
    {
        var sqlite = MigrationRunner.ScriptsFor(typeof(CoordinationModule).Assembly, "coordination", SqlDialect.Sqlite).Select(s => s.Name);
        var sqlServer = MigrationRunner.ScriptsFor(typeof(CoordinationModule).Assembly, "coordination", SqlDialect.SqlServer).Select(s => s.Name);
        Assert.Equal(sqlite, sqlServer);
    }

    [Fact]
    public void The_centre_statistics_parse_as_T_SQL()
    {
        foreach (var sql in CentreStatisticsQuery.StatementsFor(SqlDialect.SqlServer))
        {
            new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
            Assert.True(errors.Count == 0, $"{string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}"))}\n{sql}");
        }
    }
}
