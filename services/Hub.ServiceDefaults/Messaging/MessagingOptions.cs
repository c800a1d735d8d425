namespace Hub.ServiceDefaults.Messaging;

public enum MessagingTransport
{
    /// <summary>One process, one bus: the standalone mode and fast tests.</summary>
    InMemory,

    /// <summary>Each service its own process, against a real broker.</summary>
    RabbitMq,
}

/// <summary>Configuration section <c>Messaging</c>.</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    public MessagingTransport Transport { get; set; } = MessagingTransport.InMemory;

    /// <summary>Prefixes every queue name, so two services' consumers of one event never share a queue.</summary>
    public string? EndpointPrefix { get; set; }

    public RabbitMqOptions RabbitMq { get; set; } = new();

    /// <summary>Messages fetched ahead per consumer queue.</summary>
    public ushort PrefetchCount { get; set; } = 64;

    /// <summary>Messages handled at once per queue. SQLite serialises writers, so more buys little.</summary>
    public int ConcurrentMessageLimit { get; set; } = 8;

    /// <summary>Immediate retries for transient failures before a message goes to its <c>_error</c> queue.</summary>
    public int RetryLimit { get; set; } = 5;
}

public sealed class RabbitMqOptions
{
    public string Host { get; set; } = "127.0.0.1";
    public ushort Port { get; set; } = 5672;
    public string VirtualHost { get; set; } = "/";
    public string Username { get; set; } = "guest";
    public string Password { get; set; } = "guest";

    /// <summary>Replicated, durable queues; they work on a single node too.</summary>
    public bool QuorumQueues { get; set; } = true;
}
