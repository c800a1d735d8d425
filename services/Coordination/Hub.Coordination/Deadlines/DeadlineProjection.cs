using Hub.Contracts.Cases;
using Hub.Contracts.Notifications;
using Hub.Coordination.Registry;
using Hub.Persistence;

namespace Hub.Coordination.Deadlines;

/// <summary>Keeps the facts the deadlines are measured from: notifications and young people nearing 18.</summary>
public sealed class DeadlineProjection : IHubProjection
{
    public async Task ApplyAsync(WriteUnit work, RegistryChange change)
    {
        switch (change.Event)
        {
            case NotificationReceived x:
                await EnsureNotificationAsync(work, x.NotificationId, x.CitizenId, x.Department);
                await work.ExecuteAsync(
                    "UPDATE notifications SET received_at = @ReceivedAt, case_id = @CaseId WHERE notification_id = @NotificationId", x);
                break;
            case NotificationAssessed x:
                await EnsureNotificationAsync(work, x.NotificationId, x.CitizenId, x.Department);
                await work.ExecuteAsync("UPDATE notifications SET assessed_at = @AssessedAt WHERE notification_id = @NotificationId", x);
                break;
            case YoungPersonApproachingAdulthood x:
                await work.ExecuteAsync(
                    work.Database.Dialect.InsertIfAbsent(
                        "young_people", "case_id, citizen_id, department, turns_eighteen_on", "@CaseId, @CitizenId, @Department, @TurnsEighteenOn", "case_id = @CaseId"),
                    x);
                break;
        }
    }

    private static Task EnsureNotificationAsync(WriteUnit work, Guid notificationId, string citizenId, string department) => work.ExecuteAsync(
        work.Database.Dialect.InsertIfAbsent(
            "notifications", "notification_id, citizen_id, department", "@NotificationId, @CitizenId, @Department", "notification_id = @NotificationId"),
        new { NotificationId = notificationId, CitizenId = citizenId, Department = department });
}
