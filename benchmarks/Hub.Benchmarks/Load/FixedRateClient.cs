using System.Diagnostics;

namespace Hub.Benchmarks.Load;

/// <summary>
/// An open-loop load generator: request i is due at start + i/rate whether or not earlier ones have answered,
/// and its latency is measured from that due time, so a stall shows in the percentiles instead of slowing
/// the offered load (no coordinated omission).
/// </summary>
public sealed class FixedRateClient : IDisposable
{
    private readonly HttpClient _client;

    public FixedRateClient(Uri baseAddress, int maxConnections)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = maxConnections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        _client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <param name="request">Builds request number i.</param>
    /// <param name="answered">Called with i, the response and the Stopwatch timestamp it arrived at (optional).</param>
    public async Task<FixedRateResult> RunAsync(double perSecond, TimeSpan duration, Func<long, HttpRequestMessage> request,
        Func<long, HttpResponseMessage, long, Task>? answered = null)
    {
        var total = (int)(perSecond * duration.TotalSeconds);
        var latencies = new double[total];
        var ok = new bool[total];
        var inFlight = new List<Task>(total);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total;)
        {
            var due = (int)Math.Min(total, clock.Elapsed.TotalSeconds * perSecond + 1);
            for (; i < due; i++)
            {
                var index = i;
                var dueAt = index / perSecond;
                inFlight.Add(Task.Run(async () =>
                {
                    try
                    {
                        using var message = request(index);
                        using var response = await _client.SendAsync(message);
                        var arrived = Stopwatch.GetTimestamp();
                        latencies[index] = (clock.Elapsed.TotalSeconds - dueAt) * 1000;
                        ok[index] = response.IsSuccessStatusCode;
                        if (ok[index] && answered is not null) await answered(index, response, arrived);
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        latencies[index] = (clock.Elapsed.TotalSeconds - dueAt) * 1000;
                    }
                }));
            }

            await Task.Delay(1);
        }

        await Task.WhenAll(inFlight);
        var succeeded = ok.Count(x => x);
        return new FixedRateResult(perSecond, duration, total, succeeded, total - succeeded, new Latencies(latencies));
    }

    public void Dispose() => _client.Dispose();
}
