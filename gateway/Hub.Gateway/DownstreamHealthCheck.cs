using Microsoft.Extensions.Diagnostics.HealthChecks;
using Yarp.ReverseProxy.Configuration;

namespace Hub.Gateway;

/// <summary>The gateway is ready when every service behind it answers its own <c>/health/ready</c>.</summary>
internal sealed class DownstreamHealthCheck(IProxyConfigProvider proxyConfig, IHttpClientFactory clients) : IHealthCheck
{
    public const string HttpClientName = "downstream-health";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var addresses = BackendClusters.Of(proxyConfig.GetConfig())
            .SelectMany(cluster => cluster.Destinations?.Values ?? [])
            .Select(destination => destination.Address.TrimEnd('/'))
            .Distinct()
            .ToList();
        var client = clients.CreateClient(HttpClientName);
        var results = await Task.WhenAll(addresses.Select(async address =>
        {
            try
            {
                using var response = await client.GetAsync($"{address}/health/ready", cancellationToken);
                return (address, ready: response.IsSuccessStatusCode);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                return (address, ready: false);
            }
        }));

        var notReady = results.Where(r => !r.ready).Select(r => r.address).ToList();
        return notReady.Count == 0
            ? HealthCheckResult.Healthy($"{addresses.Count} downstream service(s) ready")
            : HealthCheckResult.Unhealthy($"Not ready: {string.Join(", ", notReady)}");
    }
}
