namespace Hub.Coordination.Consent;

/// <summary>A recorded consent, with its evidence; the newest one is in force, read against today's date.</summary>
public sealed record ConsentRecord(
    Guid ConsentId, string Scope, string Purpose, string GivenBy, DateTimeOffset GivenAt, DateOnly? ExpiresOn,
    string? WithdrawnBy, DateTimeOffset? WithdrawnAt, string? WithdrawReason,
    string? EvidenceGivenBy, string? EvidenceKind, string? EvidenceReference, string? RecordedByDepartment)
{
    public IReadOnlyList<string> Departments => Scope.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public string StatusOn(DateOnly today) =>
        WithdrawnAt is not null ? ConsentStatuses.Withdrawn
        : ExpiresOn is { } expires && expires < today ? ConsentStatuses.Expired
        : ConsentStatuses.Given;
}
