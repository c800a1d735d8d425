namespace Hub.Contracts.Notifications;

/// <summary>
/// An underretning about a child, received by social services. It may come before any case exists;
/// <see cref="Sequence"/> counts per notification.
/// </summary>
public sealed record NotificationReceived(
    Guid EventId,
    string Department,
    string CitizenId,
    long Sequence,
    DateTimeOffset OccurredAt,
    Guid NotificationId,
    Guid? CaseId,
    DateTimeOffset ReceivedAt,
    string? Source) : ICitizenEvent;
