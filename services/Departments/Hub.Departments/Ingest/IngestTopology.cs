namespace Hub.Departments.Ingest;

/// <summary>The broker names a foreign (non-.NET) centre system publishes to; see docs/wire-format.md.</summary>
public static class IngestTopology
{
    /// <summary>Durable fanout exchange a centre's system publishes its raw JSON commands to.</summary>
    public static string ExchangeName(string department) => $"hub.ingest.{department}";

    /// <summary>The centre service's queue behind that exchange; invalid commands land in <c>{queue}_error</c>.</summary>
    public static string QueueName(string department) => $"{department}-ingest";
}
