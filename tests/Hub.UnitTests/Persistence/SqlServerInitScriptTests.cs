using System.Text.RegularExpressions;
using Hub.Persistence.Migrations;
using Hub.Testing;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Hub.UnitTests.Persistence;

/// <summary>
/// compose's sqlserver-init script (each module's database and least-privilege login) is T-SQL with sqlcmd
/// variables. No SQL Server runs here, so it is parsed as sqlcmd would hand it over: variables filled in,
/// split at GO.
/// </summary>
public sealed partial class SqlServerInitScriptTests
{
    private static readonly string Script = File.ReadAllText(
        Path.Combine(HubTopology.RepositoryRoot(), "compose", "sqlserver", "create-module-database.sql"));

    [Fact]
    public void Every_batch_parses_as_T_SQL_with_the_variables_filled_in()
    {
        var sql = Fill(Script, new() { ["DATABASE"] = "hub_social", ["LOGIN"] = "hub_social", ["PASSWORD"] = "Str0ng-Passw0rd!" });

        var batches = MigrationRunner.Batches(sql).ToList();

        Assert.Equal(4, batches.Count);
        foreach (var batch in batches)
        {
            using var reader = new StringReader(batch);
            new TSql160Parser(initialQuotedIdentifiers: true).Parse(reader, out var errors);
            Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}")) + "\n" + batch);
        }
    }

    [Fact]
    public void The_script_uses_exactly_the_variables_create_databases_sh_passes()
    {
        var used = Variable().Matches(Script).Select(m => m.Groups[1].Value).Distinct().Order();

        Assert.Equal(["DATABASE", "LOGIN", "PASSWORD"], used);
    }

    [Fact]
    public void The_login_gets_rights_in_its_own_database_only_never_a_server_role()
    {
        Assert.DoesNotContain("sysadmin", Script, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("db_owner", Script, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ALTER SERVER ROLE", Script, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("ALTER ROLE db_ddladmin ADD MEMBER [$(LOGIN)]", Script, StringComparison.Ordinal);
    }

    private static string Fill(string script, Dictionary<string, string> values) =>
        Variable().Replace(script, m => values[m.Groups[1].Value]);

    [GeneratedRegex(@"\$\(([A-Z_]+)\)")]
    private static partial Regex Variable();
}
