namespace Hub.Api.Departments;

/// <summary><c>POST /api/social/notifications</c>: an underretning, about a citizen and maybe one of the case.</summary>
public sealed record ReceiveNotificationRequest(string? Cpr, DateTimeOffset? ReceivedAt, Guid? CaseId, string? Source);
