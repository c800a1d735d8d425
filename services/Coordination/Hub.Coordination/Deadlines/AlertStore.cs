using Hub.Api.Alerts;
using Hub.Coordination.Explanations;
using Hub.Persistence;

namespace Hub.Coordination.Deadlines;

/// <summary>Reads and writes of <c>alerts</c>, keyed by what each alert is about.</summary>
public static class AlertStore
{
    // SQL Server takes at most 2100 parameters in one statement.
    private const int KeysPerStatement = 500;

    private const string Columns =
        "alert_key AS [Key], kind AS Kind, citizen_id AS CitizenId, department AS Department, caseworker_id AS CaseworkerId, message AS Message, args AS ArgsJson, due_at AS DueAt, raised_at AS RaisedAt";

    public static async Task RaiseAsync(WriteUnit work, AlertDue alert, DateTimeOffset now)
    {
        var args = new { alert.Key, alert.Kind, alert.CitizenId, alert.Department, alert.CaseworkerId, alert.Message, Args = alert.ArgsJson, alert.DueAt, Now = now };
        var inserted = await work.ExecuteAsync(
            work.Database.Dialect.InsertIfAbsent(
                "alerts",
                "alert_key, kind, citizen_id, department, caseworker_id, message, args, due_at, raised_at",
                "@Key, @Kind, @CitizenId, @Department, @CaseworkerId, @Message, @Args, @DueAt, @Now",
                "alert_key = @Key"),
            args);
        if (inserted == 0)
        {
            await work.ExecuteAsync(
                "UPDATE alerts SET message = @Message, args = @Args, resolved_at = NULL, raised_at = CASE WHEN resolved_at IS NULL THEN raised_at ELSE @Now END WHERE alert_key = @Key",
                args);
        }
    }

    /// <summary>
    /// Makes the open alerts of <paramref name="kind"/> exactly <paramref name="due"/>: raises what is not open
    /// yet (or says something new), and resolves the rest in a few statements.
    /// </summary>
    /// <returns>The alerts that were not open before: the deadlines breached since the last pass.</returns>
    public static async Task<IReadOnlyList<AlertDue>> ApplyAsync(WriteUnit work, string kind, IReadOnlyList<AlertDue> due, DateTimeOffset now)
    {
        // An open alert is raised again when it says something new, or was raised before it carried its arguments (migration 0005).
        var open = (await work.QueryAsync<(string Key, string Message, string? Args)>(
            "SELECT alert_key AS [Key], message AS Message, args AS Args FROM alerts WHERE kind = @Kind AND resolved_at IS NULL", new { Kind = kind }))
            .ToDictionary(a => a.Key, a => (a.Message, a.Args));
        foreach (var alert in due.Where(a => !open.TryGetValue(a.Key, out var was) || was.Message != a.Message || was.Args != a.ArgsJson))
        {
            await RaiseAsync(work, alert, now);
        }

        await ResolveAsync(work, open.Keys.Except(due.Select(a => a.Key)).ToList(), now);
        return due.Where(a => !open.ContainsKey(a.Key)).ToList();
    }

    /// <summary>The label of an alert about no one centre (e.g. a caseworker over the cap across centres).</summary>
    public const string NoCentre = "hub";

    /// <summary>Open alerts counted by kind and centre, for the open-alerts gauge.</summary>
    public static async Task<IEnumerable<(string Kind, string Centre, long Open)>> OpenCountsAsync(ReadUnit work) =>
        await work.QueryAsync<(string Kind, string Centre, long Open)>(
            $"SELECT kind, COALESCE(department, '{NoCentre}'), COUNT(*) FROM alerts WHERE resolved_at IS NULL GROUP BY kind, department");

    /// <summary>Resolves every open alert of <paramref name="kind"/> whose key is not in <paramref name="stillDue"/>.</summary>
    public static async Task ResolveAllExceptAsync(WriteUnit work, string kind, IReadOnlyCollection<string> stillDue, DateTimeOffset now)
    {
        var open = await work.QueryAsync<string>("SELECT alert_key FROM alerts WHERE kind = @Kind AND resolved_at IS NULL", new { Kind = kind });
        await ResolveAsync(work, open.Where(k => !stillDue.Contains(k)).ToList(), now);
    }

    private static async Task ResolveAsync(WriteUnit work, IReadOnlyList<string> keys, DateTimeOffset now)
    {
        foreach (var chunk in keys.Chunk(KeysPerStatement))
        {
            await work.ExecuteAsync("UPDATE alerts SET resolved_at = @Now WHERE alert_key IN @Keys", new { Keys = chunk, Now = now });
        }
    }

    public static async Task<IReadOnlyList<Alert>> OpenAsync(ReadUnit work, string? department, string? kind, string? citizenId)
    {
        var sql = $"""
            SELECT {Columns} FROM alerts
            WHERE resolved_at IS NULL
              AND (@Department IS NULL OR department = @Department)
              AND (@Kind IS NULL OR kind = @Kind)
              AND (@CitizenId IS NULL OR citizen_id = @CitizenId)
            ORDER BY due_at, alert_key
            """;
        return (await work.QueryAsync<AlertRow>(sql, new { Department = department, Kind = kind, CitizenId = citizenId }))
            .Select(r => new Alert
            {
                Key = r.Key, Kind = r.Kind, CitizenId = r.CitizenId, Department = r.Department, CaseworkerId = r.CaseworkerId, Message = r.Message,
                Args = Arg.Args(r.ArgsJson), DueAt = r.DueAt, RaisedAt = r.RaisedAt,
            }).ToList();
    }

    private sealed class AlertRow
    {
        public string Key { get; set; } = "";
        public string Kind { get; set; } = "";
        public string? CitizenId { get; set; }
        public string? Department { get; set; }
        public string? CaseworkerId { get; set; }
        public string Message { get; set; } = "";
        public string? ArgsJson { get; set; }
        public DateTimeOffset DueAt { get; set; }
        public DateTimeOffset RaisedAt { get; set; }
    }
}
