namespace Hub.Departments.Notifications;

public sealed record ReceiveNotificationRequest(string? Cpr, DateTimeOffset? ReceivedAt, Guid? CaseId, string? Source);

public sealed record AssessNotificationRequest(DateTimeOffset? AssessedAt, string? Outcome);
