namespace Hub.Benchmarks.Infrastructure;

/// <summary>Installs the load generator and the reference proxy from Debian when they are missing.</summary>
public static class LoadTools
{
    public static async Task EnsureInstalledAsync()
    {
        var missing = new[] { ("wrk", "wrk"), ("nginx", "nginx-light") }.Where(t => !Shell.OnPath(t.Item1)).Select(t => t.Item2).ToArray();
        if (missing.Length == 0) return;
        Progress.Step($"installing {string.Join(", ", missing)} (apt-get)");
        var sudo = Environment.UserName == "root" ? [] : new[] { "sudo" };
        string[] install = [.. sudo, "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-qq", .. missing];
        try
        {
            await Shell.RunAsync(install[0], install[1..]);
        }
        catch (InvalidOperationException)
        {
            string[] update = [.. sudo, "apt-get", "update", "-qq"];
            await Shell.RunAsync(update[0], update[1..]);
            await Shell.RunAsync(install[0], install[1..]);
        }
    }
}
