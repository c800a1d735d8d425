using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Coordination.Access;

/// <summary>
/// The purpose of a read, from <c>X-Purpose</c>: a configured code (<see cref="PurposeOptions"/>), optionally followed by
/// <c>": "</c> and free text. Control characters are refused, so a purpose cannot forge lines in a log or an export.
/// </summary>
public sealed record Purpose(string Code, string? Text)
{
    public const string Header = "X-Purpose";
    public const int MaxLength = 200;
    public const string CitizenRequest = "citizen-request";

    public override string ToString() => Text is null ? Code : $"{Code}: {Text}";

    /// <summary>The purpose of this request, or why there is none that may be used.</summary>
    public static (Purpose? Purpose, string? Problem) Of(HttpContext http)
    {
        var codes = http.RequestServices.GetRequiredService<IOptions<PurposeOptions>>().Value.Codes;
        return Parse(http.Request.Headers[Header].ToString(), codes);
    }

    public static (Purpose? Purpose, string? Problem) Parse(string? value, IReadOnlyList<string> codes)
    {
        var accepted = $"Give '{Header}: <code>' or '<code>: <text>' with a code from: {string.Join(", ", codes)}; it is recorded in the access log.";
        var purpose = (value ?? "").Trim();
        if (purpose.Length is 0 or > MaxLength) return (null, $"Every read of citizen data needs a purpose of 1-{MaxLength} characters. {accepted}");
        if (purpose.Any(char.IsControl)) return (null, $"The purpose must not contain control characters. {accepted}");

        var separator = purpose.IndexOf(':');
        var code = (separator < 0 ? purpose : purpose[..separator]).Trim();
        var text = separator < 0 ? null : purpose[(separator + 1)..].Trim();
        if (!codes.Contains(code, StringComparer.Ordinal)) return (null, $"The purpose does not start with a purpose code. {accepted}");
        return (new Purpose(code, string.IsNullOrEmpty(text) ? null : text), null);
    }
}
