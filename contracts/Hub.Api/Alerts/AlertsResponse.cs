namespace Hub.Api.Alerts;

/// <summary><c>GET /api/alerts</c>: one page (<c>?offset=&amp;limit=</c>) of a team leader's open alerts for their own department, and how many there are.</summary>
public sealed record AlertsResponse(string Department, IReadOnlyList<Alert> Alerts, int Total = 0, int Offset = 0, int Limit = 0);
