using System.Globalization;

namespace Hub.Desk.Resources;

/// <summary>Dates and times as Danish readers expect them, in Danish time.</summary>
public static class Format
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");
    private static readonly TimeZoneInfo Copenhagen = FindCopenhagen();

    public static string Date(DateOnly? date) => date?.ToString("d. MMM yyyy", Danish) ?? "–";

    public static string Date(DateTimeOffset? at) => at is { } value ? TimeZoneInfo.ConvertTime(value, Copenhagen).ToString("d. MMM yyyy", Danish) : "–";

    public static string DateTime(DateTimeOffset? at) => at is { } value ? TimeZoneInfo.ConvertTime(value, Copenhagen).ToString("d. MMM yyyy 'kl.' HH:mm", Danish) : "–";

    public static string Percent(double? share) => share is { } value ? value.ToString("P0", Danish) : "–";

    public static string Number(double? value) => value?.ToString("0.#", Danish) ?? "–";

    /// <summary>The opaque citizen id is long; people recognise its first characters.</summary>
    public static string ShortId(string id) => id.Length <= 10 ? id : id[..10];

    private static TimeZoneInfo FindCopenhagen()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
    }
}
