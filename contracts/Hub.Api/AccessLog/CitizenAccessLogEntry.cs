namespace Hub.Api.AccessLog;

/// <summary>One read as the citizen sees it: only the date and the purpose (CJEU C-579/21).</summary>
public sealed record CitizenAccessLogEntry(DateOnly Date, string Purpose);
