namespace Hub.BrowserTests;

/// <summary>Debian's chromium package: Playwright drives it as it is, with no browser download.</summary>
public static class Chromium
{
    public static string ExecutablePath()
    {
        var path = Environment.GetEnvironmentVariable("HUB_CHROMIUM") ?? "/usr/bin/chromium";
        // A browser test that cannot find its browser fails; it never skips.
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"Chromium not found at {path}: run `bash scripts/test.sh` (it installs it) or `apt-get install -y chromium`.");
    }
}
