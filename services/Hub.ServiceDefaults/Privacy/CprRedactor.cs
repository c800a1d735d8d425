using System.Text.RegularExpressions;

namespace Hub.ServiceDefaults.Privacy;

/// <summary>
/// The last line of defence: replaces anything shaped like a CPR number (DDMMYY-SSSS or ten digits
/// standing alone) in text bound for logs and traces. Code should never log a CPR in the first place.
/// </summary>
public static partial class CprRedactor
{
    public const string Replacement = "[cpr-redacted]";

    public static string Redact(string text) =>
        text.Length < 10 ? text : CprShape().Replace(text, Replacement);

    public static string? RedactOrNull(string? text) => text is null ? null : Redact(text);

    public static bool ContainsCpr(string text) => CprShape().IsMatch(text);

    [GeneratedRegex(@"(?<![\w-])\d{6}-?\d{4}(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex CprShape();
}
