using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Hub.Testing;

/// <summary>
/// One of the hub's services running as its own OS process from its build output, so tests can
/// SIGKILL and restart it. Everything it prints is kept, for assertions such as "no CPR in the logs".
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly string _assemblyPath;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly IReadOnlyList<string> _arguments;
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;

    /// <param name="arguments">Command-line arguments after <c>--urls</c>, e.g. <c>--data DIR</c>.</param>
    public ServiceProcess(string name, string assemblyPath, int port, IReadOnlyDictionary<string, string> environment, IReadOnlyList<string>? arguments = null)
    {
        Name = name;
        _assemblyPath = assemblyPath;
        Port = port;
        _environment = environment;
        _arguments = arguments ?? [];
    }

    public string Name { get; }
    public int Port { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");
    public IEnumerable<string> Output => _output;
    public int? ProcessId => _process is { HasExited: false } ? _process.Id : null;

    public async Task StartAsync(TimeSpan? readyWithin = null)
    {
        if (!File.Exists(_assemblyPath))
        {
            throw new FileNotFoundException($"{Name} is not built at {_assemblyPath}; build Hub.sln first.");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(_assemblyPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(_assemblyPath);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseAddress.ToString().TrimEnd('/'));
        foreach (var argument in _arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in _environment) start.Environment[key] = value;
        start.Environment["MASSTRANSIT_USAGE_TELEMETRY"] = "false";

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) _output.Enqueue(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _output.Enqueue(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilReadyAsync(readyWithin ?? TimeSpan.FromSeconds(60));
    }

    public async Task WaitUntilReadyAsync(TimeSpan within)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            if (_process is { HasExited: true })
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode}:\n{string.Join('\n', _output.TakeLast(40))}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(BaseAddress, "/health/ready"));
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{Name} was not ready within {within.TotalSeconds:0} s:\n{string.Join('\n', _output.TakeLast(40))}");
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing. What a crash looks like.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>A graceful stop (SIGTERM), as an orchestrator would do.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString()])) await kill.WaitForExitAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(20)))
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process?.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
