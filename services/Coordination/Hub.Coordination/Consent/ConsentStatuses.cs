namespace Hub.Coordination.Consent;

/// <summary>The statuses of a citizen's consent, read against today's date.</summary>
public static class ConsentStatuses
{
    public const string None = "none";
    public const string Given = "given";
    public const string Withdrawn = "withdrawn";
    public const string Expired = "expired";
}
