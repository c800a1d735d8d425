using Microsoft.Data.Sqlite;

namespace Hub.Standalone;

/// <summary>
/// <c>Hub.Standalone backup [--data DIR] [--to DIR]</c>: a consistent copy of every module's database,
/// taken with SQLite's <c>VACUUM INTO</c> while the hub keeps running (a read transaction: writers go on),
/// plus the local secrets without which the copied citizen ids cannot be matched again. Restore by
/// starting the hub with <c>--data</c> pointing at the copy, or by copying its files into the data directory.
/// </summary>
public static class StandaloneBackup
{
    public const string Command = "backup";

    public static async Task<int> RunAsync(string[] args)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args[1..], new Dictionary<string, string>
        {
            ["--data"] = StandaloneData.Setting,
            ["--to"] = "to",
        }).Build();
        var data = StandaloneData.Directory(configuration);
        var target = Path.GetFullPath(configuration["to"] ?? $"backup-{DateTime.UtcNow:yyyyMMdd-HHmmss}");
        if (System.IO.Directory.Exists(target) && System.IO.Directory.EnumerateFileSystemEntries(target).Any())
        {
            await Console.Error.WriteLineAsync($"backup: {target} is not empty; name a new folder with --to.");
            return 2;
        }

        System.IO.Directory.CreateDirectory(target);
        foreach (var module in StandaloneData.Modules)
        {
            var source = StandaloneData.DatabaseFile(data, module);
            if (!File.Exists(source))
            {
                await Console.Error.WriteLineAsync($"backup: no database for {module} at {source}; is --data right?");
                return 1;
            }

            await CopyAsync(source, StandaloneData.DatabaseFile(target, module));
            Console.WriteLine($"backup: {module,-13} {source} -> {StandaloneData.DatabaseFile(target, module)}");
        }

        File.Copy(StandaloneSecrets.PathIn(data), StandaloneSecrets.PathIn(target));
        Console.WriteLine($"backup: secrets       {StandaloneSecrets.PathIn(target)} (keep the backup as safe as the data)");
        return 0;
    }

    private static async Task CopyAsync(string source, string destination)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = 10000; VACUUM INTO $destination;";
        command.Parameters.AddWithValue("$destination", destination);
        await command.ExecuteNonQueryAsync();
    }
}
