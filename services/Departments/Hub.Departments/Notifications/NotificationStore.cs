using Hub.Persistence;

namespace Hub.Departments.Notifications;

/// <summary>Notifications (underretninger); each has its own event sequence, as it may exist before any case.</summary>
public static class NotificationStore
{
    private const string Columns =
        "notification_id AS NotificationId, citizen_id AS CitizenId, case_id AS CaseId, received_at AS ReceivedAt, source AS Source, " +
        "assessed_at AS AssessedAt, outcome AS Outcome, sequence AS Sequence";

    public static Task InsertAsync(WriteUnit work, NotificationRow row) => work.ExecuteAsync(
        """
        INSERT INTO notifications (notification_id, citizen_id, case_id, received_at, source, sequence)
        VALUES (@NotificationId, @CitizenId, @CaseId, @ReceivedAt, @Source, @Sequence)
        """,
        row);

    public static Task<NotificationRow?> FindAsync(ReadUnit work, Guid notificationId) => work.QuerySingleOrDefaultAsync<NotificationRow>(
        $"SELECT {Columns} FROM notifications WHERE notification_id = @NotificationId", new { NotificationId = notificationId });

    public static Task<IEnumerable<NotificationRow>> ForCaseAsync(ReadUnit work, Guid caseId) => work.QueryAsync<NotificationRow>(
        $"SELECT {Columns} FROM notifications WHERE case_id = @CaseId ORDER BY received_at", new { CaseId = caseId });

    /// <summary>Records the assessment and takes the notification's next event number.</summary>
    public static async Task<long> AssessAsync(WriteUnit work, Guid notificationId, DateTimeOffset assessedAt, string outcome)
    {
        await work.ExecuteAsync(
            "UPDATE notifications SET assessed_at = @AssessedAt, outcome = @Outcome, sequence = sequence + 1 WHERE notification_id = @NotificationId",
            new { NotificationId = notificationId, AssessedAt = assessedAt, Outcome = outcome });
        return await work.ExecuteScalarAsync<long>("SELECT sequence FROM notifications WHERE notification_id = @NotificationId",
            new { NotificationId = notificationId });
    }
}
