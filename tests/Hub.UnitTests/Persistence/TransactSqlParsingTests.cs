using System.Reflection;
using Hub.Coordination;
using Hub.Departments;
using Hub.Persistence;
using Hub.Persistence.Inbox;
using Hub.Persistence.Migrations;
using Hub.Persistence.Outbox;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Hub.UnitTests.Persistence;

/// <summary>No SQL Server runs here: every T-SQL script and statement is parsed, so a syntax error cannot ship unseen.</summary>
public sealed class TransactSqlParsingTests
{
    private const string Marker = ".Migrations.sqlserver.";

    // Touching one type per module loads its assembly; scripts added to any of them later are found by the scan.
    private static readonly Assembly[] Modules =
        [typeof(MigrationRunner).Assembly, typeof(DepartmentModule).Assembly, typeof(CoordinationModule).Assembly];

    public static TheoryData<string, string> MigrationScripts()
    {
        var data = new TheoryData<string, string>();
        foreach (var assembly in Modules.Concat(AppDomain.CurrentDomain.GetAssemblies()).Distinct().Where(a => !a.IsDynamic))
        {
            foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains(Marker, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                data.Add($"{assembly.GetName().Name}:{name}", reader.ReadToEnd());
            }
        }

        return data;
    }

    public static TheoryData<string, string> DialectStatements()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, sql) in OutboxSql.SqlServer.All()) data.Add($"outbox {name}", sql);
        foreach (var (name, sql) in InboxSql.SqlServer.All()) data.Add($"inbox {name}", sql);
        data.Add("schema_migrations", MigrationRunner.SchemaTable(SqlDialect.SqlServer));
        data.Add("outbox backlog", OutboxBacklog.Sql);
        data.Add("Top", SqlDialect.SqlServer.Top("a, b", "FROM t WHERE a = @A ORDER BY b"));
        data.Add("InsertIfAbsent", SqlDialect.SqlServer.InsertIfAbsent("t", "a, b", "@A, @B", "a = @A"));
        data.Add("Serialize", SqlDialect.SqlServer.Serialize!);
        data.Add("job lease take", JobLease.Take);
        data.Add("job lease give", JobLease.Give);
        return data;
    }

    [Fact]
    public void Every_module_has_its_sql_server_scripts_found()
    {
        var found = MigrationScripts().Select(row => (string)row[0]).ToList();
        foreach (var module in Modules)
        {
            Assert.Contains(found, name => name.StartsWith(module.GetName().Name + ":", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(MigrationScripts))]
    public void Migration_script_parses_as_T_SQL(string name, string sql)
    {
        foreach (var batch in MigrationRunner.Batches(sql))
        {
            AssertParses(name, batch);
        }
    }

    [Theory]
    [MemberData(nameof(DialectStatements))]
    public void Dialect_statement_parses_as_T_SQL(string name, string sql) => AssertParses(name, sql);

    [Fact]
    public void The_parser_does_report_a_syntax_error() =>
        Assert.NotEmpty(Parse("SELECT * FROM outbox_messages LIMIT @Limit"));

    private static void AssertParses(string name, string sql)
    {
        var errors = Parse(sql);
        Assert.True(errors.Count == 0, $"{name}: {string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}"))}\n{sql}");
    }

    private static IList<ParseError> Parse(string sql)
    {
        using var reader = new StringReader(sql);
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(reader, out var errors);
        return errors;
    }
}
