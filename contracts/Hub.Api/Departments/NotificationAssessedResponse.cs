namespace Hub.Api.Departments;

/// <summary>The answer to assessing a notification.</summary>
public sealed record NotificationAssessedResponse(Guid NotificationId, DateTimeOffset AssessedAt);
