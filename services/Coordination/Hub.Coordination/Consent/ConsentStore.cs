using Hub.Persistence;

namespace Hub.Coordination.Consent;

/// <summary>Reads and writes of <c>consents</c>: the newest row is the one in force.</summary>
public static class ConsentStore
{
    private const string Columns =
        """
        consent_id AS ConsentId, scope AS Scope, purpose AS Purpose, given_by AS GivenBy, given_at AS GivenAt, expires_on AS ExpiresOn,
        withdrawn_by AS WithdrawnBy, withdrawn_at AS WithdrawnAt, withdraw_reason AS WithdrawReason,
        evidence_given_by AS EvidenceGivenBy, evidence_kind AS EvidenceKind, evidence_reference AS EvidenceReference, recorded_by_department AS RecordedByDepartment
        """;

    public static async Task<ConsentState> CurrentAsync(ReadUnit work, string citizenId, DateTimeOffset now)
    {
        var sql = work.Database.Dialect.Top(Columns, "FROM consents WHERE citizen_id = @CitizenId ORDER BY given_at DESC, consent_id DESC");
        var record = (await work.QueryAsync<ConsentRecord>(sql, new { CitizenId = citizenId, Limit = 1 })).FirstOrDefault();
        return record is null
            ? new ConsentState(ConsentStatuses.None, [], null)
            : new ConsentState(record.StatusOn(DateOnly.FromDateTime(now.UtcDateTime)), record.Departments, record);
    }

    /// <summary>Every consent recorded for the citizen, oldest first.</summary>
    public static async Task<IReadOnlyList<ConsentRecord>> HistoryAsync(ReadUnit work, string citizenId) =>
        (await work.QueryAsync<ConsentRecord>($"SELECT {Columns} FROM consents WHERE citizen_id = @CitizenId ORDER BY given_at, consent_id", new { CitizenId = citizenId })).ToList();

    public static Task RecordAsync(WriteUnit work, string citizenId, NewConsent consent, DateTimeOffset now) =>
        work.ExecuteAsync(
            """
            INSERT INTO consents (consent_id, citizen_id, scope, purpose, given_by, given_at, expires_on, evidence_given_by, evidence_kind, evidence_reference, recorded_by_department)
            VALUES (@ConsentId, @CitizenId, @Scope, @Purpose, @RecordedBy, @Now, @ExpiresOn, @EvidenceGivenBy, @EvidenceKind, @EvidenceReference, @RecordedByDepartment)
            """,
            new
            {
                ConsentId = Guid.CreateVersion7(), CitizenId = citizenId, Scope = string.Join(',', consent.Scope), consent.Purpose, consent.RecordedBy, Now = now,
                consent.ExpiresOn, consent.EvidenceGivenBy, consent.EvidenceKind, consent.EvidenceReference, consent.RecordedByDepartment,
            });

    public static Task<int> WithdrawAsync(WriteUnit work, Guid consentId, string withdrawnBy, string? reason, DateTimeOffset now) =>
        work.ExecuteAsync(
            "UPDATE consents SET withdrawn_by = @WithdrawnBy, withdrawn_at = @Now, withdraw_reason = @Reason WHERE consent_id = @ConsentId AND withdrawn_at IS NULL",
            new { ConsentId = consentId, WithdrawnBy = withdrawnBy, Now = now, Reason = reason });
}
