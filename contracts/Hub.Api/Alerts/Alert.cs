namespace Hub.Api.Alerts;

/// <summary>An open deadline or caseload alert; <c>key</c> says what it is about (<c>kind:id</c>); <c>kind</c> is the code of <c>message</c>.</summary>
public sealed class Alert
{
    public string Key { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? CitizenId { get; set; }
    public string? Department { get; set; }
    public string? CaseworkerId { get; set; }
    public string Message { get; set; } = "";
    /// <summary>The arguments of <see cref="Kind"/> (Hub.Api.Explanations.AlertKinds); empty on an alert raised before 2026-12-04 and not raised again since.</summary>
    public IReadOnlyDictionary<string, string> Args { get; set; } = new Dictionary<string, string>();
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
}
