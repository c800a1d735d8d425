namespace Hub.Messaging;

/// <summary>
/// A message that can never succeed (it is invalid). It skips the retries and goes straight to the
/// queue's <c>_error</c> queue, with this message as the reason in its headers.
/// </summary>
public sealed class PermanentMessageException(string message) : Exception(message);
