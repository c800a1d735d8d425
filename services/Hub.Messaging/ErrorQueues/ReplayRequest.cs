namespace Hub.Messaging.ErrorQueues;

public sealed record ReplayRequest(IReadOnlyList<string>? MessageIds, int? Limit);
