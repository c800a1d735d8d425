namespace Hub.Messaging.Outbox;

/// <summary>
/// How a window of outbox rows went: the first <paramref name="Confirmed"/> rows (in order) are confirmed by
/// the broker; <paramref name="Failure"/>, when set, is why the row after them was not.
/// </summary>
public sealed record OutboxWindowResult(int Confirmed, Exception? Failure);
