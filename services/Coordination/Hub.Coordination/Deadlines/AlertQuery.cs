namespace Hub.Coordination.Deadlines;

/// <summary>The filters of <c>GET /api/alerts</c>: a department (the reader's own) and an alert kind, both optional.</summary>
public sealed record AlertQuery(string? Department, string? Kind);
