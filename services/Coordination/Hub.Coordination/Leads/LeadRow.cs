using Hub.Api.Explanations;
using Hub.Coordination.Explanations;

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

    // The reasons' codes and JSON arguments (Hub.Api.Explanations); null in rows from before migration 0005.
    public string? ReasonCode { get; set; }
    public string? ReasonArgs { get; set; }
    public string? ReleaseReasonCode { get; set; }
    public string? ReleaseReasonArgs { get; set; }

    /// <summary>Why this caseworker leads, as a code (<see cref="Explanation.Legacy"/> for an old row: its text is <see cref="Reason"/>).</summary>
    public Explanation Why => Arg.Read(ReasonCode, ReasonArgs);

    /// <summary>Why the role ended, or null while it lasts.</summary>
    public Explanation? WhyReleased => ReleaseReason is null ? null : Arg.Read(ReleaseReasonCode, ReleaseReasonArgs);
}
