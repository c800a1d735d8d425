using Hub.Persistence.Outbox;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Departments.Batches;

/// <summary>Removes batch answers after the inbox retention (<c>Outbox:InboxRetention</c>), every <c>Outbox:CleanupInterval</c>.</summary>
internal sealed class CommandAnswerCleanup(
    DepartmentCatalog catalog, IOptions<OutboxOptions> options, TimeProvider time, ILogger<CommandAnswerCleanup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var profile in catalog.Profiles)
            {
                try
                {
                    var olderThan = time.GetUtcNow() - options.Value.InboxRetention;
                    await CommandAnswerStore.CleanupAsync(catalog.Get(profile.Key).Database, olderThan, stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogWarning(exception, "Cleaning old batch answers of {Department} failed; it runs again later", profile.Key);
                }
            }

            await Task.Delay(options.Value.CleanupInterval, time, stoppingToken);
        }
    }
}
