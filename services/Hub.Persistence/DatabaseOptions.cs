namespace Hub.Persistence;

public enum DatabaseProvider
{
    /// <summary>The embedded default: a file under <c>data/</c>.</summary>
    Sqlite,

    /// <summary>Production, through Microsoft.Data.SqlClient.</summary>
    SqlServer,
}

/// <summary>Configuration section <c>Databases:{module}</c>, e.g. <c>Databases:social</c>.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>When empty on SQLite, <c>Data Source=data/{module}.db</c>.</summary>
    public string? ConnectionString { get; set; }
}
