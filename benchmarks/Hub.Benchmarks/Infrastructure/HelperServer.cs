using System.Diagnostics;
using Hub.Testing;

namespace Hub.Benchmarks.Infrastructure;

/// <summary>
/// This benchmark's own executable started in a server role (<c>serve-minimal</c>, <c>serve-yarp</c>) as a
/// separate process, so the anchors run like the services do: a process of their own.
/// </summary>
public sealed class HelperServer : IAsyncDisposable
{
    private readonly Process _process;

    private HelperServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public static async Task<HelperServer> StartAsync(string role, params string[] arguments)
    {
        var port = ServiceProcess.FreePort();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(HelperServer).Assembly.Location);
        start.ArgumentList.Add(role);
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{role} did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new HelperServer(process, port);
        await HttpWait.UntilAnswersAsync(new Uri($"http://127.0.0.1:{port}/hello"), process, role);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await Shell.RunAsync("kill", "-TERM", _process.Id.ToString());
            if (!_process.WaitForExit(TimeSpan.FromSeconds(10))) _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
