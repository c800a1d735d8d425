using Microsoft.Extensions.Configuration.Memory;

namespace Hub.Standalone;

/// <summary>
/// Where the standalone keeps its SQLite files and local secrets: <c>--data DIR</c> or the setting
/// <c>Standalone:DataDirectory</c>, by default <c>data/</c> in the working directory.
/// </summary>
public static class StandaloneData
{
    public const string Setting = "Standalone:DataDirectory";
    public static readonly IReadOnlyList<string> Modules = ["social", "employment", "aftercare", "coordination"];

    /// <summary>Maps <c>--data DIR</c> onto the setting; the command line wins over every other source.</summary>
    public static void AddDataSwitch(this IConfigurationBuilder configuration, string[] args) =>
        configuration.AddCommandLine(args, new Dictionary<string, string> { ["--data"] = Setting });

    public static string Directory(IConfiguration configuration) =>
        Path.GetFullPath(configuration[Setting] is { Length: > 0 } configured ? configured : "data");

    /// <summary>
    /// Lowest-precedence defaults: each module's SQLite file in the data directory. A connection string
    /// configured for a module still wins.
    /// </summary>
    public static MemoryConfigurationSource DatabaseDefaults(string dataDirectory) => new()
    {
        InitialData = Modules.ToDictionary(
            module => $"Databases:{module}:ConnectionString",
            module => (string?)$"Data Source={DatabaseFile(dataDirectory, module)}"),
    };

    public static string DatabaseFile(string dataDirectory, string module) => Path.Combine(dataDirectory, $"{module}.db");
}
