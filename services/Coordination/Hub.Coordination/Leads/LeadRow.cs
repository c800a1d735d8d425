namespace Hub.Coordination.Leads;

/// <summary>A row of <c>leads</c> or <c>lead_history</c>.</summary>
public sealed class LeadRow
{
    public string CaseworkerId { get; set; } = "";
    public string Department { get; set; } = "";
    public Guid CaseId { get; set; }
    public string Reason { get; set; } = "";
    public DateTimeOffset Since { get; set; }
    public bool IsOverride { get; set; }
    public string AssignedBy { get; set; } = "";
    public DateTimeOffset? ReleasedAt { get; set; }
    public string? ReleaseReason { get; set; }
}
