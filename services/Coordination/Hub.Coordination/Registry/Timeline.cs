using Hub.Api.Citizens;
using Hub.Contracts;
using Hub.Persistence;

namespace Hub.Coordination.Registry;

/// <summary>Every centre's events about a citizen, as entries a caseworker can read, newest first.</summary>
public static class Timeline
{
    public static Task AppendAsync(WriteUnit work, ICitizenEvent e, string kind, string summary) => work.ExecuteAsync(
        work.Database.Dialect.InsertIfAbsent(
            "timeline_entries",
            "event_id, citizen_id, department, case_id, kind, sequence, occurred_at, summary",
            "@EventId, @CitizenId, @Department, @CaseId, @Kind, @Sequence, @OccurredAt, @Summary",
            "event_id = @EventId"),
        new { e.EventId, e.CitizenId, e.Department, CaseId = (e as IDepartmentEvent)?.CaseId, Kind = kind, e.Sequence, e.OccurredAt, Summary = summary });

    public static async Task<IReadOnlyList<TimelineEntry>> PageAsync(ReadUnit work, string citizenId, IReadOnlyList<string>? departments, DateTimeOffset? before, Guid? beforeEventId, int limit)
    {
        // The department filter is applied in SQL so a page stays full; Dapper expands the list.
        var departmentFilter = departments is null ? "" : " AND department IN @Departments";
        var sql = work.Database.Dialect.Top(
            "event_id AS EventId, department AS Department, case_id AS CaseId, kind AS Kind, sequence AS Sequence, occurred_at AS OccurredAt, summary AS Summary",
            $"FROM timeline_entries WHERE citizen_id = @CitizenId AND (@Before IS NULL OR occurred_at < @Before OR (occurred_at = @Before AND event_id < @BeforeEventId)){departmentFilter} ORDER BY occurred_at DESC, event_id DESC");
        return (await work.QueryAsync<TimelineEntry>(sql, new { CitizenId = citizenId, Before = before, BeforeEventId = beforeEventId, Limit = limit, Departments = departments ?? [] })).ToList();
    }
}
