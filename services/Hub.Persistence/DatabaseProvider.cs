namespace Hub.Persistence;

public enum DatabaseProvider
{
    /// <summary>The embedded default: a file under <c>data/</c>.</summary>
    Sqlite,

    /// <summary>Production, through Microsoft.Data.SqlClient.</summary>
    SqlServer,
}
