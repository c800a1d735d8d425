namespace Hub.ServiceDefaults.Messaging.ErrorQueues;

/// <summary><c>GET /ops/error-queues/{queue}</c>: the error queue's name, how many messages it holds, and the first of them.</summary>
public sealed record ErrorQueueListing(string Queue, uint Count, IReadOnlyList<ErrorQueueMessage> Messages);
