using Hub.Persistence;

namespace Hub.Coordination.Deadlines;

/// <summary>Kinds of alert, as served by <c>GET /api/alerts?kind=</c>.</summary>
public static class AlertKinds
{
    public const string NotificationNotAssessed = "notification-not-assessed";
    public const string NoInterventionWithinDeadline = "notification-without-intervention";
    public const string ChildWelfareInvestigationOverdue = "child-welfare-investigation-overdue";
    public const string FollowUpOverdue = "follow-up-overdue";
    public const string AftercareNotPlanned = "aftercare-not-planned";
    public const string CaseworkerOverCap = "caseworker-over-cap";
    public const string LeadAssignedOverCap = "lead-assigned-over-cap";

    public static readonly IReadOnlyList<string> All =
    [
        NotificationNotAssessed, NoInterventionWithinDeadline, ChildWelfareInvestigationOverdue, FollowUpOverdue,
        AftercareNotPlanned, CaseworkerOverCap, LeadAssignedOverCap,
    ];
}

/// <summary>An alert that should be open now; its key says what it is about, so raising it twice is harmless.</summary>
public sealed record AlertDue(string Key, string Kind, string? CitizenId, string? Department, string? CaseworkerId, string Message, DateTimeOffset DueAt);

public sealed class AlertRow
{
    public string Key { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? CitizenId { get; set; }
    public string? Department { get; set; }
    public string? CaseworkerId { get; set; }
    public string Message { get; set; } = "";
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
}

public static class AlertStore
{
    private const string Columns =
        "alert_key AS [Key], kind AS Kind, citizen_id AS CitizenId, department AS Department, caseworker_id AS CaseworkerId, message AS Message, due_at AS DueAt, raised_at AS RaisedAt";

    public static async Task RaiseAsync(UnitOfWork work, AlertDue alert, DateTimeOffset now)
    {
        var args = new { alert.Key, alert.Kind, alert.CitizenId, alert.Department, alert.CaseworkerId, alert.Message, alert.DueAt, Now = now };
        var inserted = await work.ExecuteAsync(
            work.Database.Dialect.InsertIfAbsent(
                "alerts",
                "alert_key, kind, citizen_id, department, caseworker_id, message, due_at, raised_at",
                "@Key, @Kind, @CitizenId, @Department, @CaseworkerId, @Message, @DueAt, @Now",
                "alert_key = @Key"),
            args);
        if (inserted == 0)
        {
            await work.ExecuteAsync(
                "UPDATE alerts SET message = @Message, resolved_at = NULL, raised_at = CASE WHEN resolved_at IS NULL THEN raised_at ELSE @Now END WHERE alert_key = @Key",
                args);
        }
    }

    /// <summary>Resolves every open alert of <paramref name="kind"/> whose key is not in <paramref name="stillDue"/>.</summary>
    public static async Task ResolveAllExceptAsync(UnitOfWork work, string kind, IReadOnlyCollection<string> stillDue, DateTimeOffset now)
    {
        var open = await work.QueryAsync<string>("SELECT alert_key FROM alerts WHERE kind = @Kind AND resolved_at IS NULL", new { Kind = kind });
        foreach (var key in open.Where(k => !stillDue.Contains(k)))
        {
            await work.ExecuteAsync("UPDATE alerts SET resolved_at = @Now WHERE alert_key = @Key", new { Key = key, Now = now });
        }
    }

    public static async Task<IReadOnlyList<AlertRow>> OpenAsync(UnitOfWork work, string? department, string? kind, string? citizenId)
    {
        var sql = $"""
            SELECT {Columns} FROM alerts
            WHERE resolved_at IS NULL
              AND (@Department IS NULL OR department = @Department)
              AND (@Kind IS NULL OR kind = @Kind)
              AND (@CitizenId IS NULL OR citizen_id = @CitizenId)
            ORDER BY due_at, alert_key
            """;
        return (await work.QueryAsync<AlertRow>(sql, new { Department = department, Kind = kind, CitizenId = citizenId })).ToList();
    }
}
