using System.ComponentModel.DataAnnotations;

namespace Hub.Messaging;

/// <summary>Configuration section <c>Messaging:RabbitMq</c>: the broker.</summary>
public sealed class RabbitMqOptions
{
    [Required(AllowEmptyStrings = false, ErrorMessage = "Messaging:RabbitMq:Host must be set.")]
    public string Host { get; set; } = "127.0.0.1";

    [Range(1, ushort.MaxValue, ErrorMessage = "Messaging:RabbitMq:Port must be between {1} and {2}.")]
    public ushort Port { get; set; } = 5672;

    [Required(AllowEmptyStrings = false, ErrorMessage = "Messaging:RabbitMq:VirtualHost must be set.")]
    public string VirtualHost { get; set; } = "/";

    [Required(AllowEmptyStrings = false, ErrorMessage = "Messaging:RabbitMq:Username must be set.")]
    public string Username { get; set; } = "guest";

    public string Password { get; set; } = "guest";

    /// <summary>Replicated, durable queues; they work on a single node too.</summary>
    public bool QuorumQueues { get; set; } = true;
}
