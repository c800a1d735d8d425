using Microsoft.Data.Sqlite;

namespace Hub.Benchmarks.Pipeline;

/// <summary>
/// Reads the hub's and the centres' SQLite files beside the running services (WAL lets it read while they
/// write): how many cases the hub has applied, which ones are new, and whether each accepted case is there
/// exactly once. All the benchmark's knowledge of the schemas is here and in <see cref="Seeder"/>.
/// </summary>
public sealed class HubProbe : IAsyncDisposable
{
    public static readonly string[] Centres = ["social", "employment", "aftercare"];
    private readonly SqliteConnection _hub;

    private HubProbe(SqliteConnection hub) => _hub = hub;

    public static async Task<HubProbe> OpenAsync(HubUnderTest hub)
    {
        var connection = new SqliteConnection($"Data Source={hub.DatabaseOf("coordination")};Pooling=False;Default Timeout=30");
        await connection.OpenAsync();
        var index = 0;
        foreach (var centre in Centres)
        {
            await using var attach = connection.CreateCommand();
            attach.CommandText = $"ATTACH DATABASE $path AS centre{index++}";
            attach.Parameters.AddWithValue("$path", hub.DatabaseOf(centre));
            await attach.ExecuteNonQueryAsync();
        }

        return new HubProbe(connection);
    }

    /// <summary>Cases the centres have accepted (committed, answered 201), all three together.</summary>
    public Task<long> AcceptedAsync() =>
        ScalarAsync("SELECT " + string.Join(" + ", Centres.Select((_, i) => $"(SELECT COUNT(*) FROM centre{i}.cases)")));

    /// <summary>Case openings the hub has applied.</summary>
    /// <summary>
    /// Waits until the hub has applied, since <paramref name="appliedBefore"/>, as many cases as <paramref name="target"/>
    /// says (read again each round), or has applied nothing new for <paramref name="stall"/>; the count applied since.
    /// A backlog that still moves is waited for, however long: a check run before it drained would count cases as missing.
    /// </summary>
    public async Task<long> DrainAsync(long appliedBefore, Func<Task<long>> target, TimeSpan stall)
    {
        var lastApplied = -1L;
        var sinceProgress = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var applied = await AppliedAsync() - appliedBefore;
            if (applied >= await target()) return applied;
            if (applied != lastApplied)
            {
                lastApplied = applied;
                sinceProgress.Restart();
            }
            else if (sinceProgress.Elapsed > stall)
            {
                return applied;
            }

            await Task.Delay(20);
        }
    }

    public Task<long> AppliedAsync() => ScalarAsync("SELECT COUNT(*) FROM hub_cases WHERE opened_seen = 1");

    public Task<long> LastRowAsync() => ScalarAsync("SELECT COALESCE(MAX(rowid), 0) FROM hub_cases");

    /// <summary>Case openings applied since <paramref name="afterRow"/>, in the order the hub committed them.</summary>
    public async Task<List<(long Row, string CaseId)>> AppliedSinceAsync(long afterRow)
    {
        await using var command = _hub.CreateCommand();
        command.CommandText = "SELECT rowid, case_id FROM hub_cases WHERE rowid > $row AND opened_seen = 1 ORDER BY rowid";
        command.Parameters.AddWithValue("$row", afterRow);
        var rows = new List<(long, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add((reader.GetInt64(0), reader.GetString(1)));
        return rows;
    }

    /// <summary>
    /// Every case a centre accepted is in the hub once, opened, with exactly one case-opened timeline entry,
    /// and the hub has no case opening no centre accepted (seeded rows aside).
    /// </summary>
    public async Task<(bool Passed, string Detail)> ExactlyOnceAsync()
    {
        var accepted = Centres.Select((_, i) => $"SELECT case_id FROM centre{i}.cases").Aggregate((a, b) => $"{a} UNION ALL {b}");
        var missing = await ScalarAsync($"SELECT COUNT(*) FROM ({accepted}) a WHERE NOT EXISTS (SELECT 1 FROM hub_cases h WHERE h.case_id = a.case_id AND h.opened_seen = 1)");
        var doubled = await ScalarAsync(
            $"SELECT COUNT(*) FROM (SELECT t.case_id FROM timeline_entries t WHERE t.kind = 'case-opened' AND t.case_id IN ({accepted}) GROUP BY t.case_id HAVING COUNT(*) > 1)");
        var total = await AcceptedAsync();
        var passed = missing == 0 && doubled == 0;
        return (passed, $"{total:#,0} accepted by the centres; {missing} missing in the hub; {doubled} applied more than once");
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var command = _hub.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public async ValueTask DisposeAsync() => await _hub.DisposeAsync();
}
