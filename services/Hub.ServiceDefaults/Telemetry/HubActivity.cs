using System.Diagnostics;

namespace Hub.ServiceDefaults.Telemetry;

/// <summary>The activity source for spans the hub makes itself (outbox relay, domain work).</summary>
public static class HubActivity
{
    public static readonly ActivitySource Source = new(TelemetryExtensions.HubSourceName);
}
