using Hub.Persistence.Inbox;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Persistence.Outbox;

/// <summary>Removes sent outbox rows and old inbox records after their configured retention.</summary>
public sealed class OutboxCleanup(ModuleDatabase database, IOptions<OutboxOptions> options, TimeProvider time, ILogger<OutboxCleanup> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CleanupOnceAsync(stoppingToken);
                await Task.Delay(options.Value.CleanupInterval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Outbox cleanup for {Module} failed", database.Module);
                await Task.Delay(TimeSpan.FromMinutes(1), time, stoppingToken);
            }
        }
    }

    public async Task CleanupOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var sent = await OutboxStore.CleanupAsync(database, now - options.Value.SentRetention, cancellationToken);
        var handled = await InboxStore.CleanupAsync(database, now - options.Value.InboxRetention, cancellationToken);
        if (sent + handled > 0)
        {
            logger.LogInformation("Cleaned {Sent} sent outbox rows and {Handled} inbox records in {Module}", sent, handled, database.Module);
        }
    }
}
