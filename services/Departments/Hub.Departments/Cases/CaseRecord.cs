namespace Hub.Departments.Cases;

/// <summary>A case as this centre's service stores it. The CPR is not kept: only the opaque citizen id.</summary>
public sealed record CaseRecord(
    Guid CaseId,
    string CitizenId,
    string CaseType,
    string CaseworkerId,
    string? CaseworkerName,
    string Status,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ClosedAt,
    string? CloseReason,
    string? ExternalId,
    long Sequence)
{
    public const string Open = "open";
    public const string Closed = "closed";

    public bool IsClosed => Status == Closed;
}
