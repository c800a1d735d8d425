namespace Hub.Api.Departments;

/// <summary><c>POST /api/social/notifications/{notificationId}/assess</c>.</summary>
public sealed record AssessNotificationRequest(DateTimeOffset? AssessedAt, string? Outcome);
