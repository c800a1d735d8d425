using Yarp.ReverseProxy.Configuration;

namespace Hub.Gateway;

/// <summary>
/// The clusters that are services behind the gateway. A cluster marked <c>"Metadata": { "Frontend": "true" }</c> (the desk)
/// is a client of the API that calls back through the gateway: gating the gateway's readiness or the ops overview on it
/// would be circular, and it has its own <c>/health/ready</c>.
/// </summary>
internal static class BackendClusters
{
    public static IEnumerable<ClusterConfig> Of(IProxyConfig config) =>
        config.Clusters.Where(cluster => cluster.Metadata?.GetValueOrDefault("Frontend") != "true");
}
