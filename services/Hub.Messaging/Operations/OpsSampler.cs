using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Messaging.Operations;

/// <summary>
/// Keeps the polled figures (outbox backlog, error-queue depth) fresh for the exporters: one cheap read
/// every <c>Operations:SampleInterval</c> (15 s), never at export time.
/// </summary>
public sealed class OpsSampler(OpsStatusReader reader, IOptions<OperationsOptions> options, TimeProvider time, ILogger<OpsSampler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SampleInterval, time);
        do
        {
            try
            {
                await reader.ReadAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Sampling the outbox backlog and queue depths failed; the next round retries.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
