using System.Net;

namespace Hub.Standalone;

/// <summary>
/// The standalone mode serves development tokens: anyone who reaches it can mint a team leader's token. So it listens on
/// loopback only, and refuses another address (<c>--urls http://0.0.0.0:5000</c>) unless told it is a deliberate demo
/// (<c>Standalone:NetworkDemo=true</c>); even then, <c>POST /dev/token</c> answers only callers on loopback.
/// </summary>
public static class StandaloneBinding
{
    public const string DemoSetting = "Standalone:NetworkDemo";

    /// <summary>Null when every address is loopback or the demo is deliberate; else why the standalone will not start.</summary>
    public static string? Problem(IEnumerable<string> urls, bool networkDemo)
    {
        var exposed = urls.Where(url => !IsLoopback(url)).ToList();
        if (exposed.Count == 0 || networkDemo) return null;
        return $"The standalone mode serves development tokens and listens on loopback only, but was asked to listen on {string.Join(", ", exposed)}. " +
               $"Use http://127.0.0.1:<port>, or set {DemoSetting}=true for a deliberate demo on the network (dev tokens still answer only loopback callers).";
    }

    /// <summary>Throws at start-up, before anything listens, when <see cref="Problem"/> finds one.</summary>
    public static void Ensure(IConfiguration configuration, params string?[] urlLists)
    {
        var urls = urlLists.Where(list => !string.IsNullOrWhiteSpace(list))
            .SelectMany(list => list!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (Problem(urls, configuration.GetValue(DemoSetting, defaultValue: false)) is { } problem) throw new InvalidOperationException(problem);
    }

    private static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0"), UriKind.Absolute, out var uri)) return false;
        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }
}
