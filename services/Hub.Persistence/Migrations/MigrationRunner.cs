using System.Data;
using System.Reflection;
using System.Text.RegularExpressions;
using Dapper;

namespace Hub.Persistence.Migrations;

/// <summary>A numbered script, e.g. <c>0001_cases.sql</c>, for one dialect.</summary>
public sealed record MigrationScript(string Scope, int Version, string Name, string Sql);

/// <summary>
/// Applies numbered scripts per dialect, each once, in order, in its own transaction. The shared outbox
/// and inbox scripts come first (scope <c>persistence</c>), then the module's own.
/// </summary>
public static partial class MigrationRunner
{
    public static IReadOnlyList<MigrationScript> ScriptsFor(Assembly assembly, string scope, SqlDialect dialect)
    {
        var marker = $".Migrations.{dialect.MigrationFolder}.";
        return assembly.GetManifestResourceNames()
            .Where(name => name.Contains(marker, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name =>
            {
                var file = name[(name.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..];
                var match = ScriptName().Match(file);
                if (!match.Success)
                {
                    throw new InvalidOperationException($"Migration '{name}' must be named NNNN_description.sql.");
                }

                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return new MigrationScript(scope, int.Parse(match.Groups[1].Value), file, reader.ReadToEnd());
            })
            .OrderBy(script => script.Version)
            .ToList();
    }

    public static async Task ApplyAsync(ModuleDatabase database, CancellationToken cancellationToken = default)
    {
        var scripts = ScriptsFor(typeof(MigrationRunner).Assembly, "persistence", database.Dialect)
            .Concat(ScriptsFor(database.MigrationsAssembly, database.Module, database.Dialect));

        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            await connection.ExecuteAsync(SchemaTable(database.Dialect), new { Resource = LockResource });
        }

        // Several instances may start at once on one database: each script is checked and applied under the
        // migrations' lock (SQLite's write lock; an application lock on SQL Server), so the others skip it.
        // One of ModuleDatabase's named exceptions: DDL on a connection of its own, before the writer starts.
        foreach (var script in scripts)
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
            if (database.Dialect.Serialize is { } serialize) await connection.ExecuteAsync(serialize, new { Resource = LockResource }, transaction);
            var applied = await connection.ExecuteScalarAsync<int>(
                "SELECT COUNT(*) FROM schema_migrations WHERE scope = @Scope AND version = @Version",
                new { script.Scope, script.Version }, transaction);
            if (applied > 0)
            {
                continue;
            }

            foreach (var batch in Batches(script.Sql))
            {
                await connection.ExecuteAsync(batch, transaction: transaction);
            }

            await connection.ExecuteAsync(
                "INSERT INTO schema_migrations (scope, version, name, applied_at) VALUES (@Scope, @Version, @Name, @AppliedAt)",
                new { script.Scope, script.Version, script.Name, AppliedAt = DateTimeOffset.UtcNow }, transaction);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>What <see cref="SqlDialect.Serialize"/> locks while a script is checked and applied (and the schema table created).</summary>
    public const string LockResource = "schema_migrations";

    /// <summary>
    /// The bookkeeping table of applied scripts, created before any script runs. Two processes may run this at
    /// once: SQLite's <c>IF NOT EXISTS</c> runs under the write lock; on SQL Server the check and the create hold
    /// the migrations' application lock in one transaction.
    /// </summary>
    public static string SchemaTable(SqlDialect dialect) => dialect.Provider == DatabaseProvider.SqlServer
        ? $"BEGIN TRANSACTION; {dialect.Serialize} IF OBJECT_ID('schema_migrations') IS NULL CREATE TABLE schema_migrations (scope NVARCHAR(100) NOT NULL, version INT NOT NULL, name NVARCHAR(200) NOT NULL, applied_at DATETIMEOFFSET NOT NULL, PRIMARY KEY (scope, version)); COMMIT;"
        : "PRAGMA journal_mode = WAL; CREATE TABLE IF NOT EXISTS schema_migrations (scope TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL, applied_at TEXT NOT NULL, PRIMARY KEY (scope, version))";

    /// <summary>T-SQL scripts may separate batches with <c>GO</c> lines; SQLite scripts are one batch.</summary>
    public static IEnumerable<string> Batches(string sql) =>
        GoSeparator().Split(sql).Select(batch => batch.Trim()).Where(batch => batch.Length > 0);

    [GeneratedRegex(@"^(\d{4})_[a-z0-9_]+\.sql$")]
    private static partial Regex ScriptName();

    [GeneratedRegex(@"^\s*GO\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GoSeparator();
}
