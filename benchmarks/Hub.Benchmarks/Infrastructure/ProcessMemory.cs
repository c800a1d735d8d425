namespace Hub.Benchmarks.Infrastructure;

/// <summary>Resident memory of a process from /proc: now (VmRSS) and its peak so far (VmHWM), in MB.</summary>
public static class ProcessMemory
{
    public static (double CurrentMb, double PeakMb) Of(int pid)
    {
        var lines = File.ReadAllLines($"/proc/{pid}/status");
        double Kb(string field) => double.Parse(lines.First(l => l.StartsWith(field, StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        return (Math.Round(Kb("VmRSS:") / 1024, 1), Math.Round(Kb("VmHWM:") / 1024, 1));
    }
}
