namespace Hub.Departments.Notifications;

public sealed class NotificationRow
{
    public Guid NotificationId { get; init; }
    public string CitizenId { get; init; } = "";
    public Guid? CaseId { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public string? Source { get; init; }
    public DateTimeOffset? AssessedAt { get; init; }
    public string? Outcome { get; init; }
    public long Sequence { get; init; }
}
