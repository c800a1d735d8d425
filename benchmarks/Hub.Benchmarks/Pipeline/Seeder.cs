using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Hub.Benchmarks.Pipeline;

/// <summary>
/// Fills the hub's database with citizens straight in SQL (seeding is not what is measured): citizen n has
/// id <c>c-{n:x32}</c>, one open social case and its timeline entry, and caseworker <c>cw-s{n/25}</c>, so every
/// caseworker carries a realistic caseload of 25.
/// </summary>
public static class Seeder
{
    public static string CitizenIdOf(long n) => $"c-{n:x32}";

    public static string CaseworkerOf(long n) => $"cw-s{n / 25}";

    public static async Task<TimeSpan> SeedAsync(string hubDatabase, long from, long to)
    {
        var clock = Stopwatch.StartNew();
        await using var connection = new SqliteConnection($"Data Source={hubDatabase};Pooling=False;Default Timeout=60");
        await connection.OpenAsync();
        const long chunk = 100_000;
        for (var start = from; start < to; start += chunk)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                CREATE TEMP TABLE IF NOT EXISTS seed_n (n INTEGER PRIMARY KEY);
                DELETE FROM seed_n;
                WITH RECURSIVE s(n) AS (SELECT $from UNION ALL SELECT n + 1 FROM s WHERE n + 1 < $to) INSERT INTO seed_n SELECT n FROM s;
                INSERT INTO citizens (citizen_id, first_seen_at, cross_departmental, cross_since, updated_at)
                    SELECT printf('c-%032x', n), '2026-01-05T08:00:00.0000000+00:00', 0, NULL, '2026-01-05T08:00:00.0000000+00:00' FROM seed_n;
                INSERT INTO hub_cases (case_id, department, citizen_id, case_type, caseworker_id, caseworker_name, status, opened_at,
                                       closed_at, opened_seen, status_seq, caseworker_seq)
                    SELECT printf('5eed0000-0000-4000-8000-%012x', n), 'social', printf('c-%032x', n), 'family-support',
                           'cw-s' || (n / 25), NULL, 'open', '2026-01-05T08:00:00.0000000+00:00', NULL, 1, 1, 1 FROM seed_n;
                INSERT INTO timeline_entries (event_id, citizen_id, department, case_id, kind, sequence, occurred_at, summary)
                    SELECT printf('5eed0001-0000-4000-8000-%012x', n), printf('c-%032x', n), 'social',
                           printf('5eed0000-0000-4000-8000-%012x', n), 'case-opened', 1, '2026-01-05T08:00:00.0000000+00:00',
                           'Case opened (family-support), caseworker cw-s' || (n / 25) FROM seed_n;
                """;
            command.Parameters.AddWithValue("$from", start);
            command.Parameters.AddWithValue("$to", Math.Min(to, start + chunk));
            await command.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }

        // A hub that grew to this size over months has long since checkpointed it: without this the first write after
        // seeding (an access-log row) copies the seed's whole write-ahead log into the database while every read waits.
        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await checkpoint.ExecuteNonQueryAsync();
        return clock.Elapsed;
    }
}
