using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Hub.Benchmarks;

/// <summary>
/// The baseline: one-row transactions into SQLite (WAL, synchronous=NORMAL) on this machine, now.
/// Every hub write is at least this, so the ratio shows what the rest of the path costs.
/// </summary>
public static class SqliteBaseline
{
    public static async Task<Measurement> RunAsync(string folder, int operations)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "baseline.db")}");
        await connection.OpenAsync();
        await using (var setup = connection.CreateCommand())
        {
            setup.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE TABLE rows (id TEXT PRIMARY KEY, body TEXT NOT NULL);";
            await setup.ExecuteNonQueryAsync();
        }

        var latencies = new List<double>(operations);
        var total = Stopwatch.StartNew();
        for (var i = 0; i < operations; i++)
        {
            var one = Stopwatch.StartNew();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO rows (id, body) VALUES ($id, $body)";
            insert.Parameters.AddWithValue("$id", Guid.NewGuid().ToString());
            insert.Parameters.AddWithValue("$body", new string('x', 300));
            await insert.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
            latencies.Add(one.Elapsed.TotalMilliseconds);
        }

        return new Measurement("SQLite one-row transaction (baseline)", operations, total.Elapsed, latencies);
    }
}
