namespace Hub.Api.Consents;

/// <summary>The consent's status after a withdrawal.</summary>
public sealed record ConsentWithdrawn(string CitizenId, string Status);
