using System.Security.Cryptography;
using System.Text.Json;

namespace Hub.Standalone;

/// <summary>
/// The standalone mode's local signing key and citizen-id key. Generated on first start into
/// <c>standalone-secrets.json</c> in the data directory (never committed, readable by its owner only) and kept, so
/// citizen ids stay stable across restarts.
/// </summary>
internal static class StandaloneSecrets
{
    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, "standalone-secrets.json");

    public static Dictionary<string, string?> LoadOrCreate(string dataDirectory)
    {
        var path = PathIn(dataDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!File.Exists(path))
        {
            var fresh = new Dictionary<string, string?>
            {
                ["Auth:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)),
                ["CitizenIdentity:Key"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)),
            };
            // Readable and writable by the owner only: the signing key mints any token.
            var ownerOnly = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) ownerOnly.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using var file = new FileStream(path, ownerOnly);
            JsonSerializer.Serialize(file, fresh);
        }

        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return JsonSerializer.Deserialize<Dictionary<string, string?>>(File.ReadAllText(path))!;
    }
}
