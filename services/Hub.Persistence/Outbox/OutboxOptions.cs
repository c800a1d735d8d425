using System.ComponentModel.DataAnnotations;

namespace Hub.Persistence.Outbox;

/// <summary>Configuration section <c>Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    // Intervals end in Task.Delay or a semaphore wait, which take at most about 24.8 days.
    private const string MaxInterval = "24.00:00:00";

    [Range(1, 10_000, ErrorMessage = "Outbox:BatchSize must be between {1} and {2}.")]
    public int BatchSize { get; set; } = 100;

    [Range(typeof(TimeSpan), "00:00:00.001", MaxInterval, ErrorMessage = "Outbox:PollInterval must be greater than zero and at most {2}.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a claimed batch belongs to one relay instance before another may take it over.</summary>
    [Range(typeof(TimeSpan), "00:00:01", MaxInterval, ErrorMessage = "Outbox:Lease must be at least {1} and at most {2}.")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long sent rows are kept (for inspection) before cleanup.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "3650.00:00:00", ErrorMessage = "Outbox:SentRetention must be between {1} and {2}.")]
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long inbox records are kept; far longer than any redelivery.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00", ErrorMessage = "Outbox:InboxRetention must be between {1} and {2}.")]
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// How long one publish may wait for the broker's confirm. A confirm lost with a crashed broker never
    /// comes; without a bound the relay would wait for it forever.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.001", MaxInterval, ErrorMessage = "Outbox:PublishTimeout must be greater than zero and at most {2}.")]
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(15);

    [Range(typeof(TimeSpan), "00:00:00.001", MaxInterval, ErrorMessage = "Outbox:CleanupInterval must be greater than zero and at most {2}.")]
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);
}
