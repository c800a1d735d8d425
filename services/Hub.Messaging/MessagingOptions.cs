using System.ComponentModel.DataAnnotations;

namespace Hub.Messaging;

/// <summary>Configuration section <c>Messaging</c>.</summary>
public sealed class MessagingOptions : IValidatableObject
{
    public const string Section = "Messaging";

    [EnumDataType(typeof(MessagingTransport), ErrorMessage = "Messaging:Transport must be InMemory or RabbitMq.")]
    public MessagingTransport Transport { get; set; } = MessagingTransport.InMemory;

    /// <summary>Prefixes every queue name, so two services' consumers of one event never share a queue.</summary>
    public string? EndpointPrefix { get; set; }

    public RabbitMqOptions RabbitMq { get; set; } = new();

    /// <summary>Messages fetched ahead per consumer queue.</summary>
    [Range(1, ushort.MaxValue, ErrorMessage = "Messaging:PrefetchCount must be between {1} and {2}.")]
    public ushort PrefetchCount { get; set; } = 64;

    /// <summary>Messages handled at once per queue. SQLite serialises writers, so more buys little.</summary>
    [Range(1, 1000, ErrorMessage = "Messaging:ConcurrentMessageLimit must be between {1} and {2}.")]
    public int ConcurrentMessageLimit { get; set; } = 8;

    /// <summary>Immediate retries for transient failures before a message goes to its <c>_error</c> queue.</summary>
    [Range(0, 100, ErrorMessage = "Messaging:RetryLimit must be between {1} and {2}.")]
    public int RetryLimit { get; set; } = 5;

    // DataAnnotations do not descend into RabbitMq; its rules matter only when the broker is used.
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Transport != MessagingTransport.RabbitMq)
        {
            yield break;
        }

        var results = new List<ValidationResult>();
        Validator.TryValidateObject(RabbitMq, new ValidationContext(RabbitMq), results, validateAllProperties: true);
        foreach (var result in results)
        {
            yield return result;
        }
    }
}
