namespace Hub.Coordination.Deadlines;

/// <summary>An alert that should be open now; its key says what it is about, so raising it twice is harmless.</summary>
public sealed record AlertDue(string Key, string Kind, string? CitizenId, string? Department, string? CaseworkerId, string Message, DateTimeOffset DueAt);
