namespace Hub.Messaging;

public enum MessagingTransport
{
    /// <summary>One process, one bus: the standalone mode and fast tests.</summary>
    InMemory,

    /// <summary>Each service its own process, against a real broker.</summary>
    RabbitMq,
}
