using System.Diagnostics;

namespace Hub.Benchmarks.Infrastructure;

/// <summary>Waits until a freshly started server answers HTTP at all (any status).</summary>
public static class HttpWait
{
    public static async Task UntilAnswersAsync(Uri url, Process process, string name)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var deadline = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < deadline; await Task.Delay(200))
        {
            if (process.HasExited) throw new InvalidOperationException($"{name} exited with {process.ExitCode}.");
            try
            {
                using var _ = await client.GetAsync(url);
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
        }

        throw new TimeoutException($"{name} did not answer at {url} within 60 s.");
    }
}
