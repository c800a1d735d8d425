namespace Hub.Api.Departments;

/// <summary>The answer to receiving a notification.</summary>
public sealed record NotificationReceivedResponse(Guid NotificationId);
