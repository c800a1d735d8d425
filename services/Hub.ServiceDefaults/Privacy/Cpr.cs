using System.Globalization;

namespace Hub.ServiceDefaults.Privacy;

/// <summary>
/// A Danish CPR number, DDMMYY-SSSS (the hyphen is optional). The 7th digit and the year give the century.
/// Numbers issued since 2007 may fail the old modulus-11 check, so it is never applied.
/// </summary>
public static class Cpr
{
    /// <summary>Returns null when valid, or a message that never repeats the number.</summary>
    public static string? Validate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "The CPR number is required.";
        }

        var digits = Normalize(value);
        if (digits is null)
        {
            return "The CPR number must be 10 digits, as DDMMYY-SSSS or DDMMYYSSSS.";
        }

        return BirthDate(digits) is null ? "The CPR number does not start with a valid date of birth." : null;
    }

    /// <summary>The 10 digits without hyphen, or null when the shape is wrong.</summary>
    public static string? Normalize(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 11 && trimmed[6] == '-')
        {
            trimmed = string.Concat(trimmed.AsSpan(0, 6), trimmed.AsSpan(7));
        }

        return trimmed.Length == 10 && trimmed.All(char.IsAsciiDigit) ? trimmed : null;
    }

    public static DateOnly? BirthDate(string digits)
    {
        var day = int.Parse(digits.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var month = int.Parse(digits.AsSpan(2, 2), CultureInfo.InvariantCulture);
        var year = int.Parse(digits.AsSpan(4, 2), CultureInfo.InvariantCulture);
        var century = CenturyOf(digits[6] - '0', year);
        var fullYear = century + year;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(fullYear, month))
        {
            return null;
        }

        return new DateOnly(fullYear, month, day);
    }

    // The CPR Office's table: the 7th digit and the two-digit year decide the century.
    private static int CenturyOf(int seventh, int year) => seventh switch
    {
        0 or 1 or 2 or 3 => 1900,
        4 or 9 => year <= 36 ? 2000 : 1900,
        _ => year <= 57 ? 2000 : 1800,
    };
}
