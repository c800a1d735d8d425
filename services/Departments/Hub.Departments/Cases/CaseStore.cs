using Hub.Persistence;

namespace Hub.Departments.Cases;

/// <summary>The SQL for a centre's cases. Each event on a case takes the next number in its sequence.</summary>
public static class CaseStore
{
    private const string Columns =
        "case_id AS CaseId, citizen_id AS CitizenId, case_type AS CaseType, caseworker_id AS CaseworkerId, " +
        "caseworker_name AS CaseworkerName, status AS Status, opened_at AS OpenedAt, closed_at AS ClosedAt, " +
        "close_reason AS CloseReason, external_id AS ExternalId, sequence AS Sequence";

    public static Task<CaseRecord?> FindAsync(ReadUnit work, Guid caseId) =>
        work.QuerySingleOrDefaultAsync<CaseRecord>($"SELECT {Columns} FROM cases WHERE case_id = @CaseId", new { CaseId = caseId });

    public static Task<CaseRecord?> FindByExternalIdAsync(ReadUnit work, string externalId) =>
        work.QuerySingleOrDefaultAsync<CaseRecord>($"SELECT {Columns} FROM cases WHERE external_id = @ExternalId", new { ExternalId = externalId });

    public static Task InsertAsync(WriteUnit work, CaseRecord record) => work.ExecuteAsync(
        """
        INSERT INTO cases (case_id, citizen_id, case_type, caseworker_id, caseworker_name, status, opened_at, external_id, sequence)
        VALUES (@CaseId, @CitizenId, @CaseType, @CaseworkerId, @CaseworkerName, @Status, @OpenedAt, @ExternalId, @Sequence)
        """,
        record);

    public static Task CloseAsync(WriteUnit work, Guid caseId, DateTimeOffset closedAt, string? reason) => work.ExecuteAsync(
        "UPDATE cases SET status = 'closed', closed_at = @ClosedAt, close_reason = @Reason WHERE case_id = @CaseId",
        new { CaseId = caseId, ClosedAt = closedAt, Reason = reason });

    public static Task ChangeCaseworkerAsync(WriteUnit work, Guid caseId, string caseworkerId, string? caseworkerName) => work.ExecuteAsync(
        "UPDATE cases SET caseworker_id = @CaseworkerId, caseworker_name = @CaseworkerName WHERE case_id = @CaseId",
        new { CaseId = caseId, CaseworkerId = caseworkerId, CaseworkerName = caseworkerName });

    /// <summary>Takes the case's next event number, inside the caller's transaction.</summary>
    public static async Task<long> NextSequenceAsync(WriteUnit work, Guid caseId)
    {
        await work.ExecuteAsync("UPDATE cases SET sequence = sequence + 1 WHERE case_id = @CaseId", new { CaseId = caseId });
        return await work.ExecuteScalarAsync<long>("SELECT sequence FROM cases WHERE case_id = @CaseId", new { CaseId = caseId });
    }

    public static Task<IEnumerable<CaseRecord>> ForCitizenAsync(ReadUnit work, string citizenId) =>
        work.QueryAsync<CaseRecord>($"SELECT {Columns} FROM cases WHERE citizen_id = @CitizenId ORDER BY opened_at", new { CitizenId = citizenId });
}
