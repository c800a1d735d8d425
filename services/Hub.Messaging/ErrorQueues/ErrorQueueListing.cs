namespace Hub.Messaging.ErrorQueues;

/// <summary>An error queue's size and its first messages, as ops see them.</summary>
public sealed record ErrorQueueListing(string Queue, uint Count, IReadOnlyList<ErrorQueueMessage> Messages);
