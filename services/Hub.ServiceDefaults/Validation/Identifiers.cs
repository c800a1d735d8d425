using System.Text.RegularExpressions;

namespace Hub.ServiceDefaults.Validation;

/// <summary>Ids of people and external systems (caseworkers, external case ids): one shape everywhere.</summary>
public static partial class Identifiers
{
    public const int MaxLength = 64;

    public static bool IsValid(string? value) => value is { Length: > 0 and <= MaxLength } && Shape().IsMatch(value);

    public const string Rule = "1–64 letters, digits, '.', '_' or '-'";

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex Shape();
}
