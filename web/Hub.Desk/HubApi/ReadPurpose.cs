using Hub.Api;

namespace Hub.Desk.HubApi;

/// <summary>
/// Why a citizen's data is read: one of the hub's purpose codes and optional free text, sent as
/// <c>X-Purpose: code: text</c> and recorded in the access log.
/// </summary>
public sealed record ReadPurpose(string Code, string? Text = null)
{
    public const string Header = "X-Purpose";

    /// <summary>The hub's default codes (API.md), in the order the desk offers them.</summary>
    public static IReadOnlyList<string> Codes => PurposeCodes.Defaults;

    public static ReadPurpose CaseWork { get; } = new(PurposeCodes.CaseWork);
    public static ReadPurpose Supervision { get; } = new(PurposeCodes.Supervision);

    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code);

    public string HeaderValue => string.IsNullOrWhiteSpace(Text) ? Code : $"{Code}: {Text.Trim()}";
}
