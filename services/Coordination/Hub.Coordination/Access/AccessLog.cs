using System.Security.Claims;
using Hub.Api.AccessLog;
using Hub.Persistence;
using Hub.ServiceDefaults.Errors;
using Hub.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Coordination.Access;

/// <summary>
/// Every read of a citizen's data leaves a row, allowed or refused: who (centre and id), when, which citizen, which view,
/// the purpose given in <c>X-Purpose</c>, and the outcome. Rows are only ever inserted (the tables' triggers refuse
/// updates and deletes).
/// </summary>
public static class AccessLog
{
    public static ValidationProblem InvalidPurpose(string problem) => ApiProblems.Invalid(Purpose.Header, problem);

    public static async Task AppendAsync(WriteUnit work, ClaimsPrincipal user, string citizenId, string view, Purpose purpose, DateTimeOffset now, string outcome = AccessOutcomes.Allowed)
    {
        await work.ExecuteAsync(
            """
            INSERT INTO access_log (entry_id, citizen_id, reader_id, reader_department, reader_roles, view_name, purpose, read_at, outcome)
            VALUES (@EntryId, @CitizenId, @ReaderId, @ReaderDepartment, @ReaderRoles, @View, @Purpose, @Now, @Outcome)
            """,
            new
            {
                EntryId = Guid.CreateVersion7(), CitizenId = citizenId, ReaderId = user.SubjectId() ?? "unknown", ReaderDepartment = user.DepartmentOf(),
                ReaderRoles = string.Join(',', HubRoles.All.Where(user.IsInRole)), View = view, Purpose = purpose.ToString(), Now = now, Outcome = outcome,
            });
    }

    /// <summary>
    /// One page, newest first. <paramref name="readerDepartments"/> null means every row (the citizen asked for their own log);
    /// otherwise only reads by those centres.
    /// </summary>
    public static async Task<IReadOnlyList<AccessLogEntry>> PageAsync(
        ReadUnit work, string citizenId, IReadOnlyList<string>? readerDepartments, DateTimeOffset? before, Guid? beforeEntryId, int limit)
    {
        var departmentFilter = readerDepartments is null ? "" : " AND reader_department IN @Departments";
        var sql = work.Database.Dialect.Top(
            "entry_id AS EntryId, read_at AS ReadAt, reader_id AS ReaderId, reader_department AS ReaderDepartment, reader_roles AS ReaderRoles, view_name AS ViewName, purpose AS Purpose, outcome AS Outcome",
            $"FROM access_log WHERE citizen_id = @CitizenId AND (@Before IS NULL OR read_at < @Before OR (read_at = @Before AND entry_id < @BeforeEntryId)){departmentFilter} ORDER BY read_at DESC, entry_id DESC");
        return (await work.QueryAsync<Row>(sql, new { CitizenId = citizenId, Before = before, BeforeEntryId = beforeEntryId, Limit = limit, Departments = readerDepartments ?? [] }))
            .Select(r => new AccessLogEntry(r.ReadAt, r.ReaderId, r.ReaderDepartment, r.ReaderRoles, r.ViewName, r.Purpose, r.Outcome, r.EntryId)).ToList();
    }

    private sealed class Row
    {
        public Guid EntryId { get; set; }
        public DateTimeOffset ReadAt { get; set; }
        public string ReaderId { get; set; } = "";
        public string? ReaderDepartment { get; set; }
        public string ReaderRoles { get; set; } = "";
        public string ViewName { get; set; } = "";
        public string Purpose { get; set; } = "";
        public string Outcome { get; set; } = "";
    }
}
