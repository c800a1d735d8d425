using System.Text.RegularExpressions;
namespace Hub.ServiceDefaults.Validation;

/// <summary>
/// Ids of people and external systems (caseworkers, external case ids): one shape everywhere. A CPR-shaped value is
/// refused, so a CPR cannot ride into the hub, its URLs or its logs as a case number or a caseworker id.
/// </summary>
public static partial class Identifiers
{
    public const int MaxLength = 64;

    public static bool IsValid(string? value) => value is { Length: > 0 and <= MaxLength } && Shape().IsMatch(value) && !CprShaped().IsMatch(value);

    public const string Rule = "1–64 letters, digits, '.', '_' or '-', and not shaped like a CPR number";

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex Shape();

    // Stricter than the log redactor: six digits, an optional hyphen and four digits anywhere in the id ("ext-010190-1234").
    [GeneratedRegex(@"(?<!\d)\d{6}-?\d{4}(?!\d)")]
    private static partial Regex CprShaped();
}
