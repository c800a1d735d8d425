using Hub.Persistence;

namespace Hub.Coordination.Consent;

/// <summary>Reads and writes of <c>consents</c>: the newest row is the one in force.</summary>
public static class ConsentStore
{
    public static async Task<ConsentState> CurrentAsync(UnitOfWork work, string citizenId, DateTimeOffset now)
    {
        var sql = work.Database.Dialect.Top(
            """
            consent_id AS ConsentId, scope AS Scope, purpose AS Purpose, given_by AS GivenBy, given_at AS GivenAt, expires_on AS ExpiresOn,
            withdrawn_by AS WithdrawnBy, withdrawn_at AS WithdrawnAt, withdraw_reason AS WithdrawReason
            """,
            "FROM consents WHERE citizen_id = @CitizenId ORDER BY given_at DESC, consent_id DESC");
        var record = (await work.QueryAsync<ConsentRecord>(sql, new { CitizenId = citizenId, Limit = 1 })).FirstOrDefault();
        return record is null
            ? new ConsentState(ConsentStatuses.None, [], null)
            : new ConsentState(record.StatusOn(DateOnly.FromDateTime(now.UtcDateTime)), record.Departments, record);
    }

    public static Task RecordAsync(UnitOfWork work, string citizenId, IReadOnlyList<string> scope, string purpose, DateOnly? expiresOn, string givenBy, DateTimeOffset now) =>
        work.ExecuteAsync(
            """
            INSERT INTO consents (consent_id, citizen_id, scope, purpose, given_by, given_at, expires_on)
            VALUES (@ConsentId, @CitizenId, @Scope, @Purpose, @GivenBy, @Now, @ExpiresOn)
            """,
            new { ConsentId = Guid.CreateVersion7(), CitizenId = citizenId, Scope = string.Join(',', scope), Purpose = purpose, GivenBy = givenBy, Now = now, ExpiresOn = expiresOn });

    public static Task<int> WithdrawAsync(UnitOfWork work, Guid consentId, string withdrawnBy, string? reason, DateTimeOffset now) =>
        work.ExecuteAsync(
            "UPDATE consents SET withdrawn_by = @WithdrawnBy, withdrawn_at = @Now, withdraw_reason = @Reason WHERE consent_id = @ConsentId AND withdrawn_at IS NULL",
            new { ConsentId = consentId, WithdrawnBy = withdrawnBy, Now = now, Reason = reason });
}
