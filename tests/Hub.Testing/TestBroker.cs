using System.Diagnostics;

namespace Hub.Testing;

/// <summary>
/// The real RabbitMQ node that <c>scripts/test.sh</c> starts. A test that needs it and cannot find it
/// fails with instructions; it never skips.
/// </summary>
public static class TestBroker
{
    public static string Host => Environment.GetEnvironmentVariable("RABBITMQ_TEST_HOST") ?? Missing();
    public static ushort Port => ushort.Parse(Environment.GetEnvironmentVariable("RABBITMQ_TEST_PORT") ?? Missing());
    private static string Control => Environment.GetEnvironmentVariable("RABBITMQ_TEST_CTL") ?? Missing();

    /// <summary>A fresh virtual host per test run keeps queues of one test away from another's.</summary>
    public static async Task<string> CreateVirtualHostAsync(string prefix)
    {
        var name = $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 60)];
        await ControlAsync("ctl", "add_vhost", name);
        await ControlAsync("ctl", "set_permissions", "-p", name, "guest", ".*", ".*", ".*");
        return name;
    }

    public static Task DeleteVirtualHostAsync(string name) => ControlAsync("ctl", "delete_vhost", name);

    /// <summary>SIGKILL of the broker process: a crash, not a shutdown.</summary>
    public static Task KillAsync() => ControlAsync("kill");

    public static Task StartAsync() => ControlAsync("start");

    public static Task RestartGracefullyAsync() => ControlAsync("restart-graceful");

    public static Task<string> ControlAsync(params string[] arguments) => ControlAsync(new Dictionary<string, string>(), arguments);

    public static async Task<string> ControlAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in environment) start.Environment[key] = value;
        start.ArgumentList.Add(Control);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmq.sh {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}");
        }

        return await output;
    }

    private static string Missing() => throw new InvalidOperationException(
        "No RabbitMQ for the tests: RABBITMQ_TEST_HOST/PORT/CTL are not set. Run the tests with scripts/test.sh, " +
        "which installs and starts a private broker.");
}
