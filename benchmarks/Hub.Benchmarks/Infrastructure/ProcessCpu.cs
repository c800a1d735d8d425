namespace Hub.Benchmarks.Infrastructure;

/// <summary>
/// CPU time a process has used so far (user + system, from /proc). Divided by the work done it gives a cost
/// per event that does not depend on how busy the rest of the machine is, unlike a rate.
/// </summary>
public static class ProcessCpu
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public static TimeSpan Of(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // After the command name: field 3 is the state, so utime (14) and stime (15) are at 11 and 12.
        return TimeSpan.FromSeconds((long.Parse(fields[11]) + long.Parse(fields[12])) / TicksPerSecond);
    }
}
