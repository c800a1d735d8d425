namespace Hub.Messaging.ErrorQueues;

public sealed record ReplayResult(string From, string To, int Replayed, int LeftInErrorQueue);
