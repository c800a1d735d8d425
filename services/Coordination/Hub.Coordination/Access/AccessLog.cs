using System.Security.Claims;
using Hub.Api.AccessLog;
using Hub.Persistence;
using Hub.ServiceDefaults.Errors;
using Hub.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Coordination.Access;

/// <summary>
/// Every read of a citizen's data leaves a row: who, when, which citizen, which view, and the purpose
/// given in <c>X-Purpose</c>. Rows are only ever inserted (the tables' triggers refuse updates and deletes).
/// </summary>
public static class AccessLog
{
    public const string PurposeHeader = "X-Purpose";
    public const int MaxPurposeLength = 200;

    /// <summary>The purpose of this request, or null when it is missing or too long (answer with <see cref="MissingPurpose"/>).</summary>
    public static string? PurposeOf(HttpContext http)
    {
        var purpose = http.Request.Headers[PurposeHeader].ToString().Trim();
        return purpose.Length is 0 or > MaxPurposeLength ? null : purpose;
    }

    public static ValidationProblem MissingPurpose() => ApiProblems.Invalid(
        PurposeHeader,
        $"Every read of citizen data needs an '{PurposeHeader}' header (1-{MaxPurposeLength} characters) saying why; it is recorded in the access log.");

    public static Task AppendAsync(UnitOfWork work, ClaimsPrincipal user, string citizenId, string view, string purpose, DateTimeOffset now) =>
        work.ExecuteAsync(
            """
            INSERT INTO access_log (entry_id, citizen_id, reader_id, reader_department, reader_roles, view_name, purpose, read_at)
            VALUES (@EntryId, @CitizenId, @ReaderId, @ReaderDepartment, @ReaderRoles, @View, @Purpose, @Now)
            """,
            new
            {
                EntryId = Guid.CreateVersion7(), CitizenId = citizenId, ReaderId = user.SubjectId() ?? "unknown", ReaderDepartment = user.DepartmentOf(),
                ReaderRoles = string.Join(',', HubRoles.All.Where(user.IsInRole)), View = view, Purpose = purpose, Now = now,
            });

    public static async Task<IReadOnlyList<AccessLogEntry>> ReadAsync(UnitOfWork work, string citizenId) =>
        (await work.QueryAsync<Row>(
            """
            SELECT read_at AS ReadAt, reader_id AS ReaderId, reader_department AS ReaderDepartment, reader_roles AS ReaderRoles, view_name AS ViewName, purpose AS Purpose
            FROM access_log WHERE citizen_id = @CitizenId ORDER BY read_at DESC, entry_id DESC
            """, new { CitizenId = citizenId }))
        .Select(r => new AccessLogEntry(r.ReadAt, r.ReaderId, r.ReaderDepartment, r.ReaderRoles, r.ViewName, r.Purpose)).ToList();

    private sealed class Row
    {
        public DateTimeOffset ReadAt { get; set; }
        public string ReaderId { get; set; } = "";
        public string? ReaderDepartment { get; set; }
        public string ReaderRoles { get; set; } = "";
        public string ViewName { get; set; } = "";
        public string Purpose { get; set; } = "";
    }
}
