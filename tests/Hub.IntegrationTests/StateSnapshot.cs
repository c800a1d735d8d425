using Microsoft.Data.Sqlite;

namespace Hub.IntegrationTests;

/// <summary>Row counts of every table in every module database: "no state changed" made checkable.</summary>
public static class StateSnapshot
{
    public static async Task<IReadOnlyDictionary<string, long>> TakeAsync(HubFactory hub)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var module in HubFactory.Modules)
        {
            await using var connection = new SqliteConnection($"Data Source={hub.DatabasePath(module)}");
            await connection.OpenAsync();
            var tables = new List<string>();
            await using (var list = connection.CreateCommand())
            {
                list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
                await using var reader = await list.ExecuteReaderAsync();
                while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
            }

            foreach (var table in tables)
            {
                await using var count = connection.CreateCommand();
                count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
                counts[$"{module}.{table}"] = (long)(await count.ExecuteScalarAsync())!;
            }
        }

        return counts;
    }

    /// <summary>A snapshot once events still travelling from earlier requests have landed (two equal reads in a row).</summary>
    public static async Task<IReadOnlyDictionary<string, long>> TakeSettledAsync(HubFactory hub)
    {
        var previous = await TakeAsync(hub);
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await Task.Delay(300);
            var current = await TakeAsync(hub);
            if (Difference(previous, current).Length == 0)
            {
                return current;
            }

            previous = current;
        }

        throw new TimeoutException("The hub's state did not settle within 15 s.");
    }

    public static string Difference(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        string.Join(", ", after.Where(a => !before.TryGetValue(a.Key, out var b) || b != a.Value)
            .Select(a => $"{a.Key}: {(before.TryGetValue(a.Key, out var b) ? b : 0)} → {a.Value}")
            .Concat(before.Keys.Except(after.Keys).Select(k => $"{k}: dropped")));
}
