using Hub.Contracts.Notifications;
using Hub.Departments.Cases;
using Hub.Departments.Validation;
using Hub.ServiceDefaults.Privacy;

namespace Hub.Departments.Notifications;

/// <summary>Social services receive and assess notifications (underretninger); shared by HTTP and the broker ingest.</summary>
public sealed class NotificationService(CitizenIdentity identity, TimeProvider time)
{
    public async Task<Outcome<NotificationReceivedResponse>> ReceiveAsync(
        DepartmentContext department, ReceiveNotificationRequest? request, Guid? messageId, CancellationToken ct)
    {
        if (!department.Profile.ReceivesNotifications) return NotHere(department.Key);
        if (request is null) return Validator.MissingBody();
        var now = time.GetUtcNow();
        var validation = new Validator()
            .Cpr("cpr", request.Cpr)
            .Required("receivedAt", request.ReceivedAt)
            .NotInFuture("receivedAt", request.ReceivedAt, now)
            .Optional("source", request.Source, Validator.MaxNameLength);
        if (!validation.IsValid) return validation.Invalid();

        var citizenId = identity.CitizenIdOf(request.Cpr!);
        return await department.RunAsync<NotificationReceivedResponse>(messageId, async work =>
        {
            if (request.CaseId is { } caseId)
            {
                if (await CaseStore.FindAsync(work, caseId) is not { } existing) return Refusal.NotFound("Case", caseId);
                if (existing.CitizenId != citizenId) return Refusal.Conflict("The case is another citizen's.", $"Case {caseId} is not about the notified citizen.");
            }

            // A notification has its own event sequence: it may exist before any case.
            var row = new NotificationRow
            {
                NotificationId = Guid.CreateVersion7(), CitizenId = citizenId, CaseId = request.CaseId,
                ReceivedAt = request.ReceivedAt!.Value, Source = request.Source, Sequence = 1,
            };
            await NotificationStore.InsertAsync(work, row);
            var received = new NotificationReceived(Guid.CreateVersion7(), department.Key, citizenId, row.Sequence, now, row.NotificationId,
                row.CaseId, row.ReceivedAt, row.Source);
            await work.PublishAsync(received, received.EventId);
            return new NotificationReceivedResponse(row.NotificationId);
        }, ct);
    }

    public async Task<Outcome<NotificationAssessedResponse>> AssessAsync(
        DepartmentContext department, Guid notificationId, AssessNotificationRequest? request, Guid? messageId, CancellationToken ct)
    {
        if (!department.Profile.ReceivesNotifications) return NotHere(department.Key);
        if (request is null) return Validator.MissingBody();
        var now = time.GetUtcNow();
        var validation = new Validator()
            .Required("assessedAt", request.AssessedAt)
            .NotInFuture("assessedAt", request.AssessedAt, now)
            .Required("outcome", request.Outcome, Validator.MaxTextLength);
        if (!validation.IsValid) return validation.Invalid();

        var assessedAt = request.AssessedAt!.Value;
        return await department.RunAsync<NotificationAssessedResponse>(messageId, async work =>
        {
            if (await NotificationStore.FindAsync(work, notificationId) is not { } notification) return Refusal.NotFound("Notification", notificationId);
            if (notification.AssessedAt is not null)
            {
                return Refusal.Conflict("The notification is assessed.", $"Notification {notificationId} was assessed on {notification.AssessedAt:yyyy-MM-dd}.");
            }

            validation.NotBefore("assessedAt", assessedAt, "the notification's receivedAt", notification.ReceivedAt);
            if (!validation.IsValid) return validation.Invalid();

            var sequence = await NotificationStore.AssessAsync(work, notificationId, assessedAt, request.Outcome!);
            var assessed = new NotificationAssessed(Guid.CreateVersion7(), department.Key, notification.CitizenId, sequence, now, notificationId,
                assessedAt, request.Outcome!);
            await work.PublishAsync(assessed, assessed.EventId);
            return new NotificationAssessedResponse(notificationId, assessedAt);
        }, ct);
    }

    private static Refusal NotHere(string department) => new(
        StatusCodes.Status404NotFound,
        "Notifications are received by social services only.",
        $"The centre '{department}' does not receive notifications (underretninger).");
}
