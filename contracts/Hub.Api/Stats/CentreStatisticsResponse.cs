namespace Hub.Api.Stats;

/// <summary><c>GET /api/stats/centres</c>: figures per centre, no citizen data.</summary>
public sealed record CentreStatisticsResponse(IReadOnlyList<CentreFigures> Centres, double NotificationToInterventionDays);
