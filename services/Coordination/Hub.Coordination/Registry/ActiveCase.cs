namespace Hub.Coordination.Registry;

/// <summary>One of a citizen's active cases, with its caseworker's count of active cases (a caseworker is a centre and an id).</summary>
public sealed class ActiveCase
{
    public Guid CaseId { get; set; }
    public string Department { get; set; } = "";
    public string? CaseType { get; set; }
    public string? CaseworkerId { get; set; }
    public DateTimeOffset? OpenedAt { get; set; }
    public long Caseload { get; set; }
}
