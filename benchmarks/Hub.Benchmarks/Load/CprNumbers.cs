namespace Hub.Benchmarks.Load;

/// <summary>
/// Distinct valid CPR numbers from a counter: a day 1–28 of a month of a year, then the 7th digit and serial.
/// The same scheme as Lua/post-case.lua, so .NET and wrk never hand the hub the same number twice.
/// </summary>
public static class CprNumbers
{
    public static string Of(long n)
    {
        var day = 1 + n % 28; n /= 28;
        var month = 1 + n % 12; n /= 12;
        var year = n % 100; n /= 100;
        return $"{day:00}{month:00}{year:00}-{n % 10000:0000}";
    }
}
