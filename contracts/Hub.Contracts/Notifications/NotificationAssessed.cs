namespace Hub.Contracts.Notifications;

public sealed record NotificationAssessed(
    Guid EventId,
    string Department,
    string CitizenId,
    long Sequence,
    DateTimeOffset OccurredAt,
    Guid NotificationId,
    DateTimeOffset AssessedAt,
    string Outcome) : ICitizenEvent;
