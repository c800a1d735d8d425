using Microsoft.Data.Sqlite;

namespace Hub.FaultTests.Support;

/// <summary>Reads the services' SQLite files directly (WAL lets a reader in while the service writes).</summary>
public static class Databases
{
    public static readonly string[] Centres = ["social", "employment", "aftercare"];

    public static async Task<List<T>> QueryAsync<T>(string dataFolder, string module, string sql, Func<SqliteDataReader, T> read)
    {
        var path = Path.Combine(dataFolder, module + ".db");
        var rows = new List<T>();
        if (!File.Exists(path)) return rows;
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False;Default Timeout=30");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = 10000;";
        await command.ExecuteNonQueryAsync();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add(read(reader));
        return rows;
    }

    public static async Task<long> ScalarAsync(string dataFolder, string module, string sql) =>
        (await QueryAsync(dataFolder, module, sql, r => r.GetInt64(0))).FirstOrDefault();

    public static async Task<long> PendingOutboxAsync(string dataFolder, params string[] modules)
    {
        long pending = 0;
        foreach (var module in modules.Length > 0 ? modules : Centres)
        {
            pending += await ScalarAsync(dataFolder, module, "SELECT COUNT(*) FROM outbox_messages WHERE sent_at IS NULL");
        }

        return pending;
    }

    /// <summary>A test-only write to the hub's database, e.g. to plant or lift a failing precondition.</summary>
    public static async Task ExecuteAsync(string dataFolder, string module, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataFolder, module + ".db")};Pooling=False;Default Timeout=30");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = 10000; " + sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>What the centres committed: every outbox row is an event the hub must get, and the cases' final state.</summary>
    public static async Task<Expectation> CommittedByCentresAsync(string dataFolder)
    {
        var events = new List<ExpectedEvent>();
        var cases = new List<CaseState>();
        foreach (var centre in Centres)
        {
            events.AddRange(await QueryAsync(dataFolder, centre,
                "SELECT message_id, json_extract(body, '$.citizenId') FROM outbox_messages",
                r => new ExpectedEvent(Guid.Parse(r.GetString(0)), r.GetString(1))));
            cases.AddRange(await QueryAsync(dataFolder, centre,
                "SELECT case_id, citizen_id, status, caseworker_id FROM cases",
                r => new CaseState(Guid.Parse(r.GetString(0)), r.GetString(1), r.GetString(2), r.GetString(3))));
        }

        return new Expectation(events, cases);
    }

    public sealed record OutboxRow(long Position, Guid MessageId, string MessageType, string Body);

    /// <summary>The outbox rows already published, as type and JSON body, for re-injecting them on the wire.</summary>
    public static Task<List<OutboxRow>> SentOutboxRowsAsync(string dataFolder, string centre, long afterPosition) =>
        QueryAsync(dataFolder, centre,
            $"SELECT position, message_id, message_type, body FROM outbox_messages WHERE sent_at IS NOT NULL AND position > {afterPosition} ORDER BY position",
            r => new OutboxRow(r.GetInt64(0), Guid.Parse(r.GetString(1)), r.GetString(2), r.GetString(3)));
}
