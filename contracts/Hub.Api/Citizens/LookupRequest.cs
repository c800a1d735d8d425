namespace Hub.Api.Citizens;

/// <summary><c>POST /api/citizens/lookup</c>: the only place a caseworker's tool hands the hub a CPR.</summary>
public sealed record LookupRequest(string? Cpr);
