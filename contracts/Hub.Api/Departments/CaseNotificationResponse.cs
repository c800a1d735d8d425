namespace Hub.Api.Departments;

/// <summary>A notification about the case in <see cref="CaseResponse"/>.</summary>
public sealed record CaseNotificationResponse(Guid NotificationId, DateTimeOffset ReceivedAt, string? Source, DateTimeOffset? AssessedAt, string? Outcome);
