namespace Hub.Api.Alerts;

/// <summary><c>GET /api/alerts</c>: a team leader's open alerts for their own department.</summary>
public sealed record AlertsResponse(string Department, IReadOnlyList<Alert> Alerts);
