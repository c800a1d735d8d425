using System.Diagnostics;
using Hub.Testing;

namespace Hub.Benchmarks.Infrastructure;

/// <summary>
/// nginx as the reference reverse proxy: its own prefix directory, two workers, keep-alive to the backend,
/// in the foreground so its master's PID is ours to stop.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private NginxProxy(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public static async Task<NginxProxy> StartAsync(int backendPort)
    {
        var folder = Directory.CreateTempSubdirectory("hub-bench-nginx-").FullName;
        var port = ServiceProcess.FreePort();
        File.WriteAllText(Path.Combine(folder, "nginx.conf"), $$"""
            daemon off;
            worker_processes 2;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 4096; }
            http {
                access_log off;
                client_body_temp_path {{folder}}/body; proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi; uwsgi_temp_path {{folder}}/uwsgi; scgi_temp_path {{folder}}/scgi;
                upstream backend { server 127.0.0.1:{{backendPort}}; keepalive 64; }
                server {
                    listen 127.0.0.1:{{port}};
                    location / { proxy_pass http://backend; proxy_http_version 1.1; proxy_set_header Connection ""; }
                }
            }
            """);
        var start = new ProcessStartInfo("nginx") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-e", Path.Combine(folder, "error.log") }) start.ArgumentList.Add(a);
        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start.");
        var proxy = new NginxProxy(process, folder, port);
        await HttpWait.UntilAnswersAsync(new Uri($"http://127.0.0.1:{port}/"), process, "nginx");
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await Shell.RunAsync("kill", "-QUIT", _process.Id.ToString());
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }

        _process.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
