using System.Globalization;
using System.Text.Json;
using Hub.Api.Explanations;

namespace Hub.Coordination.Explanations;

/// <summary>How the hub writes an explanation's arguments (<see cref="ArgKind"/>), and keeps them in a JSON column.</summary>
public static class Arg
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Instant(DateTimeOffset at) => at.ToString("o", CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("0", CultureInfo.InvariantCulture);

    /// <summary>The arguments as the JSON object kept beside the code (null for none).</summary>
    public static string? Json(IReadOnlyDictionary<string, string> args) => args.Count == 0 ? null : JsonSerializer.Serialize(args);

    /// <summary>A stored code and its JSON arguments; a row from before codes existed is <see cref="Explanation.Legacy"/>.</summary>
    public static Explanation Read(string? code, string? json) =>
        code is null ? Explanation.Legacy : new Explanation(code, Args(json));

    public static IReadOnlyDictionary<string, string> Args(string? json) =>
        string.IsNullOrEmpty(json) ? ExplanationArgs.None : JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? (IReadOnlyDictionary<string, string>)ExplanationArgs.None;
}
