namespace Hub.Coordination.Registry;

/// <summary>One of a citizen's active cases, with its caseworker's hub-wide count of active cases.</summary>
public sealed class ActiveCase
{
    public Guid CaseId { get; set; }
    public string Department { get; set; } = "";
    public string? CaseType { get; set; }
    public string? CaseworkerId { get; set; }
    public DateTimeOffset? OpenedAt { get; set; }
    public long Caseload { get; set; }
}
