namespace Hub.Persistence;

/// <summary>
/// The few statements that differ between SQLite and SQL Server. Everything else is portable SQL
/// written in the module that owns it.
/// </summary>
public sealed record SqlDialect(DatabaseProvider Provider, string MigrationFolder)
{
    public static readonly SqlDialect Sqlite = new(DatabaseProvider.Sqlite, "sqlite");
    public static readonly SqlDialect SqlServer = new(DatabaseProvider.SqlServer, "sqlserver");

    public static SqlDialect For(DatabaseProvider provider) =>
        provider == DatabaseProvider.SqlServer ? SqlServer : Sqlite;

    /// <summary><c>SELECT ... LIMIT n</c> versus <c>SELECT TOP (n) ...</c>: wraps a query's select list.</summary>
    public string Top(string selectList, string rest, string limitParameter = "@Limit") => Provider == DatabaseProvider.SqlServer
        ? $"SELECT TOP ({limitParameter}) {selectList} {rest}"
        : $"SELECT {selectList} {rest} LIMIT {limitParameter}";

    /// <summary>An insert that does nothing when the key exists; affects 0 rows then.</summary>
    public string InsertIfAbsent(string table, string columns, string values, string keyPredicate) => Provider == DatabaseProvider.SqlServer
        ? $"INSERT INTO {table} ({columns}) SELECT {values} WHERE NOT EXISTS (SELECT 1 FROM {table} WITH (UPDLOCK, HOLDLOCK) WHERE {keyPredicate})"
        : $"INSERT OR IGNORE INTO {table} ({columns}) VALUES ({values})";

    /// <summary>
    /// Makes the rest of the transaction exclusive for <c>@Resource</c> (e.g. one citizen) across every process on
    /// the database, or null where nothing is needed: a SQLite write transaction (<c>BEGIN IMMEDIATE</c>) already
    /// holds the whole file's one write lock. On SQL Server an application lock owned by the transaction, released
    /// at its commit or rollback; not granted within 10 s (or chosen as a deadlock victim) it fails, and the unit is retried.
    /// </summary>
    public string? Serialize => Provider == DatabaseProvider.SqlServer
        ? """
          DECLARE @granted INT;
          EXEC @granted = sp_getapplock @Resource = @Resource, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = 10000;
          IF @granted < 0 THROW 51000, 'Application lock not granted.', 1;
          """
        : null;
}
