namespace Hub.Api.Citizens;

/// <summary>The consent in force: <c>none</c>, <c>given</c>, <c>withdrawn</c> or <c>expired</c>, and what it covers.</summary>
public sealed record ConsentStatus(string Status, IReadOnlyList<string> Scope, string? Purpose, DateOnly? ExpiresOn);
