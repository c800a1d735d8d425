namespace Hub.Messaging.Operations;

/// <summary>One consumed queue: messages ready, consumers attached, and what waits in its error queue.</summary>
public sealed record QueueDepth(string Name, long Messages, long Consumers, string ErrorQueue, long ErrorMessages);
