using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Departments.Cases;

/// <summary>Daily (and at start) sweep: young people in placement who have grown into the notice window.</summary>
internal sealed class AdulthoodWatchService(
    DepartmentCatalog catalog, TimeProvider time, ILogger<AdulthoodWatchService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var profile in catalog.Profiles.Where(p => p.PlacementCaseTypes.Count > 0))
            {
                try
                {
                    await AdulthoodWatch.ReportDueAsync(catalog.Get(profile.Key).Database, profile, time.GetUtcNow(), stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogWarning(exception, "Adulthood sweep for {Department} failed; it runs again later", profile.Key);
                }
            }

            await Task.Delay(Interval, time, stoppingToken);
        }
    }
}
