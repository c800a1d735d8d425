namespace Hub.Messaging.ErrorQueues;

/// <summary>
/// What ops may see of a message in an <c>_error</c> queue: ids, type and why it failed, never its body
/// (a body could carry personal data).
/// </summary>
public sealed record ErrorQueueMessage(
    string? MessageId,
    string? EventId,
    IReadOnlyList<string> MessageTypes,
    string? Reason,
    string? ExceptionType,
    string? ExceptionMessage,
    string? ConsumerType,
    int? RetryCount,
    string? FailedAt);
