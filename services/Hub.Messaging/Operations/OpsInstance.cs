namespace Hub.Messaging.Operations;

/// <summary>The process that answered <c>GET /ops/status</c>: its id, when it started, and the messages it has consumed since.</summary>
public sealed record OpsInstance(string Id, DateTimeOffset StartedAt, long MessagesConsumed);
