using Hub.Contracts.Notifications;
using Hub.Departments.Application;
using Hub.Departments.Cases;
using Hub.Departments.Validation;
using Hub.ServiceDefaults.Privacy;

namespace Hub.Departments.Notifications;

/// <summary>Social services receive and assess notifications (underretninger); shared by HTTP and the broker ingest.</summary>
public sealed class NotificationService(CitizenIdentity identity, TimeProvider time)
{
    public async Task<Outcome> ReceiveAsync(DepartmentContext centre, ReceiveNotificationRequest? request, Guid? messageId, CancellationToken ct)
    {
        if (!centre.Profile.ReceivesNotifications) return NotHere(centre.Key);
        if (request is null) return new Validator().Add("body", "A JSON body is required.").Invalid();
        var now = time.GetUtcNow();
        var validation = new Validator()
            .Cpr("cpr", request.Cpr)
            .Required("receivedAt", request.ReceivedAt)
            .NotInFuture("receivedAt", request.ReceivedAt, now)
            .Optional("source", request.Source, Validator.MaxNameLength);
        if (!validation.IsValid) return validation.Invalid();

        var citizenId = identity.CitizenIdOf(request.Cpr!);
        await using var work = await centre.BeginOnceAsync(messageId, ct);
        if (work is null) return Outcome.AlreadyHandled;
        if (request.CaseId is { } caseId)
        {
            if (await CaseStore.FindAsync(work, caseId) is not { } existing) return Outcome.NotFound("Case", caseId);
            if (existing.CitizenId != citizenId) return Outcome.Conflict("The case is another citizen's.", $"Case {caseId} is not about the notified citizen.");
        }

        var row = new NotificationRow
        {
            NotificationId = Guid.CreateVersion7(), CitizenId = citizenId, CaseId = request.CaseId,
            ReceivedAt = request.ReceivedAt!.Value, Source = request.Source, Sequence = 1,
        };
        await NotificationStore.InsertAsync(work, row);
        var received = new NotificationReceived(Guid.CreateVersion7(), centre.Key, citizenId, row.Sequence, now, row.NotificationId,
            row.CaseId, row.ReceivedAt, row.Source);
        await work.PublishAsync(received, received.EventId);
        await work.CommitAsync(ct);
        return Outcome.Created($"/api/{centre.Key}/notifications/{row.NotificationId}", new { notificationId = row.NotificationId });
    }

    public async Task<Outcome> AssessAsync(
        DepartmentContext centre, Guid notificationId, AssessNotificationRequest? request, Guid? messageId, CancellationToken ct)
    {
        if (!centre.Profile.ReceivesNotifications) return NotHere(centre.Key);
        if (request is null) return new Validator().Add("body", "A JSON body is required.").Invalid();
        var now = time.GetUtcNow();
        var validation = new Validator()
            .Required("assessedAt", request.AssessedAt)
            .NotInFuture("assessedAt", request.AssessedAt, now)
            .Required("outcome", request.Outcome, Validator.MaxTextLength);
        if (!validation.IsValid) return validation.Invalid();

        await using var work = await centre.BeginOnceAsync(messageId, ct);
        if (work is null) return Outcome.AlreadyHandled;
        if (await NotificationStore.FindAsync(work, notificationId) is not { } notification) return Outcome.NotFound("Notification", notificationId);
        if (notification.AssessedAt is not null)
        {
            return Outcome.Conflict("The notification is assessed.", $"Notification {notificationId} was assessed on {notification.AssessedAt:yyyy-MM-dd}.");
        }

        validation.NotBefore("assessedAt", request.AssessedAt, "the notification's receivedAt", notification.ReceivedAt);
        if (!validation.IsValid) return validation.Invalid();

        var sequence = await NotificationStore.AssessAsync(work, notificationId, request.AssessedAt!.Value, request.Outcome!);
        var assessed = new NotificationAssessed(Guid.CreateVersion7(), centre.Key, notification.CitizenId, sequence, now, notificationId,
            request.AssessedAt.Value, request.Outcome!);
        await work.PublishAsync(assessed, assessed.EventId);
        await work.CommitAsync(ct);
        return Outcome.Ok(new { notificationId, assessedAt = request.AssessedAt });
    }

    private static Outcome NotHere(string department) => new(
        Microsoft.AspNetCore.Http.StatusCodes.Status404NotFound,
        Title: "Notifications are received by social services only.",
        Detail: $"The centre '{department}' does not receive notifications (underretninger).");
}
