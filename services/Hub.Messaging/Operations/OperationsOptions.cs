using System.ComponentModel.DataAnnotations;

namespace Hub.Messaging.Operations;

/// <summary>Configuration section <c>Operations</c>.</summary>
public sealed class OperationsOptions
{
    public const string Section = "Operations";

    /// <summary>How often the outbox backlog and the queue depths are read for the gauges.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SampleInterval { get; set; } = TimeSpan.FromSeconds(15);
}
