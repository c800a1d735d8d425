namespace Hub.Api;

/// <summary>The default purpose codes of a read (<c>X-Purpose</c>, API.md), in the order a reader offers them; the hub's list is configurable.</summary>
public static class PurposeCodes
{
    public const string CaseWork = "case-work";
    public const string Coordination = "coordination";
    public const string FollowUp = "follow-up";
    public const string CitizenRequest = "citizen-request";
    public const string Supervision = "supervision";
    public const string Audit = "audit";

    public static readonly IReadOnlyList<string> Defaults = [CaseWork, Coordination, FollowUp, CitizenRequest, Supervision, Audit];
}
