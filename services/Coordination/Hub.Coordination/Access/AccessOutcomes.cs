namespace Hub.Coordination.Access;

/// <summary>What became of a logged read: the reader saw the data, was refused, or the lookup found no citizen for them.</summary>
public static class AccessOutcomes
{
    public const string Allowed = "allowed";
    public const string Refused = "refused";
    public const string NotFound = "not-found";
}
