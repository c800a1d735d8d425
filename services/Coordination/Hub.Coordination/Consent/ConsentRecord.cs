namespace Hub.Coordination.Consent;

/// <summary>The consent in force for a citizen: the newest recorded one, read against today's date.</summary>
public sealed record ConsentRecord(
    Guid ConsentId, string Scope, string Purpose, string GivenBy, DateTimeOffset GivenAt, DateOnly? ExpiresOn,
    string? WithdrawnBy, DateTimeOffset? WithdrawnAt, string? WithdrawReason)
{
    public IReadOnlyList<string> Departments => Scope.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public string StatusOn(DateOnly today) =>
        WithdrawnAt is not null ? ConsentStatuses.Withdrawn
        : ExpiresOn is { } expires && expires < today ? ConsentStatuses.Expired
        : ConsentStatuses.Given;
}
