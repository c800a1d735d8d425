using Hub.Api.Citizens;
using Hub.Contracts;
using Hub.Coordination.Explanations;
using Hub.Persistence;

namespace Hub.Coordination.Registry;

/// <summary>Every centre's events about a citizen, as entries a caseworker can read, newest first.</summary>
public static class Timeline
{
    /// <summary>Appends the entry of <paramref name="e"/>: its kind, its summary's code and arguments (<see cref="TimelineSummaries.Explain"/>) and the English line made from them.</summary>
    public static Task AppendAsync(WriteUnit work, ICitizenEvent e)
    {
        var (kind, code) = TimelineSummaries.Explain(e);
        var summary = TimelineSummaries.TextOf(e, code);
        return work.ExecuteAsync(
            work.Database.Dialect.InsertIfAbsent(
                "timeline_entries",
                "event_id, citizen_id, department, case_id, kind, sequence, occurred_at, summary, summary_code, summary_args",
                "@EventId, @CitizenId, @Department, @CaseId, @Kind, @Sequence, @OccurredAt, @Summary, @SummaryCode, @SummaryArgs",
                "event_id = @EventId"),
            new
            {
                e.EventId, e.CitizenId, e.Department, CaseId = (e as IDepartmentEvent)?.CaseId, Kind = kind, e.Sequence, e.OccurredAt, Summary = summary,
                SummaryCode = code.Code, SummaryArgs = Arg.Json(code.Args),
            });
    }

    public static async Task<IReadOnlyList<TimelineEntry>> PageAsync(ReadUnit work, string citizenId, IReadOnlyList<string>? departments, DateTimeOffset? before, Guid? beforeEventId, int limit)
    {
        // The department filter is applied in SQL so a page stays full; Dapper expands the list.
        var departmentFilter = departments is null ? "" : " AND department IN @Departments";
        var sql = work.Database.Dialect.Top(
            "event_id AS EventId, department AS Department, case_id AS CaseId, kind AS Kind, sequence AS Sequence, occurred_at AS OccurredAt, summary AS Summary, " +
            "summary_code AS SummaryCode, summary_args AS SummaryArgs",
            $"FROM timeline_entries WHERE citizen_id = @CitizenId AND (@Before IS NULL OR occurred_at < @Before OR (occurred_at = @Before AND event_id < @BeforeEventId)){departmentFilter} ORDER BY occurred_at DESC, event_id DESC");
        return (await work.QueryAsync<EntryRow>(sql, new { CitizenId = citizenId, Before = before, BeforeEventId = beforeEventId, Limit = limit, Departments = departments ?? [] }))
            .Select(r =>
            {
                var summary = Arg.Read(r.SummaryCode, r.SummaryArgs);
                return new TimelineEntry(r.EventId, r.Department, r.CaseId, r.Kind, r.Sequence, r.OccurredAt, r.Summary, summary.Code, summary.Args);
            }).ToList();
    }

    private sealed class EntryRow
    {
        public Guid EventId { get; set; }
        public string Department { get; set; } = "";
        public Guid? CaseId { get; set; }
        public string Kind { get; set; } = "";
        public long Sequence { get; set; }
        public DateTimeOffset OccurredAt { get; set; }
        public string Summary { get; set; } = "";
        public string? SummaryCode { get; set; }
        public string? SummaryArgs { get; set; }
    }
}
