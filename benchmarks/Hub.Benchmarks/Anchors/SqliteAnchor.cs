using System.Diagnostics;
using Hub.Benchmarks.Reporting;
using Microsoft.Data.Sqlite;

namespace Hub.Benchmarks.Anchors;

/// <summary>
/// One-row transactions into SQLite in WAL mode: with <c>synchronous=FULL</c> (the hub's setting: an fsync per commit,
/// the floor of every hub write) and with NORMAL beside it, so the run shows what durability costs a lone writer.
/// </summary>
public static class SqliteAnchor
{
    public static async Task<Figure> RunAsync(RunSettings settings, string synchronous = "FULL")
    {
        var folder = Directory.CreateTempSubdirectory("hub-bench-sqlite-").FullName;
        try
        {
            await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "anchor.db")};Pooling=False");
            await connection.OpenAsync();
            await using (var setup = connection.CreateCommand())
            {
                setup.CommandText = $"PRAGMA journal_mode=WAL; PRAGMA synchronous={synchronous}; CREATE TABLE rows (id TEXT PRIMARY KEY, body TEXT NOT NULL);";
                await setup.ExecuteNonQueryAsync();
            }

            var count = 0;
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < settings.AnchorDuration)
            {
                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
                await using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO rows (id, body) VALUES ($id, $body)";
                insert.Parameters.AddWithValue("$id", Guid.NewGuid().ToString());
                insert.Parameters.AddWithValue("$body", new string('x', 300));
                await insert.ExecuteNonQueryAsync();
                await transaction.CommitAsync();
                count++;
            }

            return new Figure(synchronous == "FULL" ? FigureKeys.Sqlite : FigureKeys.SqliteNormal, "Anchors", $"SQLite one-row transaction (WAL, synchronous={synchronous})",
                Math.Round(count / clock.Elapsed.TotalSeconds), "tx/s", $"1 writer, {settings.Seconds(settings.AnchorDuration)}",
                new Dictionary<string, double> { ["transactions"] = count });
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
