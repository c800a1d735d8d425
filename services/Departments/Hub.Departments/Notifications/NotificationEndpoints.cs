namespace Hub.Departments.Notifications;

/// <summary><c>/api/social/notifications</c>: underretninger; other departments answer 404.</summary>
public static class NotificationEndpoints
{
    public static RouteGroupBuilder MapNotificationEndpoints(this RouteGroupBuilder department)
    {
        department.MapPost("/notifications", ReceiveNotification).ProducesProblem(StatusCodes.Status409Conflict);
        department.MapPost("/notifications/{notificationId:guid}/assess", AssessNotification).ProducesProblem(StatusCodes.Status409Conflict);
        return department;
    }

    public static async Task<Results<Created<NotificationReceivedResponse>, ValidationProblem, ProblemHttpResult>> ReceiveNotification(
        [AsParameters] DepartmentRoute route, ReceiveNotificationRequest? request, NotificationService notifications)
    {
        var outcome = await notifications.ReceiveAsync(route.Department, request, messageId: null, route.Aborted);
        return outcome.ToCreated(received => $"/api/{route.Key}/notifications/{received.NotificationId}");
    }

    public static async Task<Results<Ok<NotificationAssessedResponse>, ValidationProblem, ProblemHttpResult>> AssessNotification(
        [AsParameters] DepartmentRoute route, Guid notificationId, AssessNotificationRequest? request, NotificationService notifications) =>
        (await notifications.AssessAsync(route.Department, notificationId, request, messageId: null, route.Aborted)).ToOk();
}
