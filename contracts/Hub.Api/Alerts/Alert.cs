namespace Hub.Api.Alerts;

/// <summary>An open deadline or caseload alert; <c>key</c> says what it is about (<c>kind:id</c>).</summary>
public sealed class Alert
{
    public string Key { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? CitizenId { get; set; }
    public string? Department { get; set; }
    public string? CaseworkerId { get; set; }
    public string Message { get; set; } = "";
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
}
