using Hub.Departments.Application;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Hub.Departments.Notifications;

/// <summary><c>/api/social/notifications</c>: underretninger; other centres answer 404.</summary>
public static class NotificationEndpoints
{
    public static RouteGroupBuilder MapNotificationEndpoints(this RouteGroupBuilder department)
    {
        department.MapPost("/notifications",
            (string department, ReceiveNotificationRequest? request, NotificationService notifications, IServiceProvider services, CancellationToken ct) =>
                services.InCentre(department, centre => notifications.ReceiveAsync(centre, request, null, ct)));
        department.MapPost("/notifications/{notificationId:guid}/assess",
            (string department, Guid notificationId, AssessNotificationRequest? request, NotificationService notifications,
                IServiceProvider services, CancellationToken ct) =>
                services.InCentre(department, centre => notifications.AssessAsync(centre, notificationId, request, null, ct)));
        return department;
    }
}
