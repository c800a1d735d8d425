namespace Hub.Departments.HubDecisions;

/// <summary>
/// What the hub decided about a citizen, as this centre learned it from the hub's events. Each part
/// remembers when it last changed, so an older event arriving late never overwrites a newer one.
/// </summary>
public sealed class CoordinationRow
{
    public string CitizenId { get; init; } = "";
    public string? LeadCaseworkerId { get; init; }
    public string? LeadDepartment { get; init; }
    public string? LeadReason { get; init; }
    public DateTimeOffset? LeadSince { get; init; }
    public int? PlanVersion { get; init; }
    public bool PlanArchived { get; init; }
}
