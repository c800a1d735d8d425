namespace Hub.Departments.Ingest;

/// <summary>
/// A command refused before its handler ran (its <c>caseExternalId</c> names no case): the broker turns it into a
/// <see cref="Hub.Messaging.PermanentMessageException"/>, a batch into that command's problem with the refusal's status.
/// </summary>
public sealed class CommandRefusedException(Refusal refusal) : Exception(refusal.Describe())
{
    public Refusal Refusal { get; } = refusal;
}
