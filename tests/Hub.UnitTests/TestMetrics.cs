using System.Diagnostics.Metrics;
using Hub.ServiceDefaults.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Hub.Messaging.Operations;

namespace Hub.UnitTests;

/// <summary>The hub's figures on a meter of their own, for code under test that records them.</summary>
public static class TestMetrics
{
    public static HubMetrics Create() =>
        new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>());
}
