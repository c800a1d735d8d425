using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Persistence;

internal sealed class DatabaseHealthCheck(ModuleDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await database.ReadAsync(read => read.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM schema_migrations"), cancellationToken);
            return HealthCheckResult.Healthy($"{database.Module} database ({database.Dialect.Provider})");
        }
        catch (Exception exception)
        {
            return HealthCheckResult.Unhealthy($"{database.Module} database unreachable: {exception.GetType().Name}");
        }
    }
}
