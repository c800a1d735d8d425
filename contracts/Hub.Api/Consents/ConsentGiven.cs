namespace Hub.Api.Consents;

/// <summary>The consent just recorded.</summary>
public sealed record ConsentGiven(string CitizenId, string Status, IReadOnlyList<string> Scope, DateOnly? ExpiresOn);
