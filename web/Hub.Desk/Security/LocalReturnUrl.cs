namespace Hub.Desk.Security;

public static class LocalReturnUrl
{
    /// <summary>The return address when it points into the desk (never another site), else the fallback.</summary>
    public static string Or(string? returnUrl, string fallback) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && !url.StartsWith("//") && !url.StartsWith("/\\") ? url : fallback;
}
