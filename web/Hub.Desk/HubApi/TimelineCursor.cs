namespace Hub.Desk.HubApi;

/// <summary>Where the next page of a timeline starts: the last entry's time and event id (entries can share a time).</summary>
public sealed record TimelineCursor(DateTimeOffset Before, Guid BeforeEventId)
{
    public string Query => $"&before={Uri.EscapeDataString(Before.ToString("o"))}&beforeEventId={BeforeEventId}";
}
