namespace Hub.Api.Consents;

/// <summary><c>POST /api/citizens/{id}/consents</c>: the departments that may share, what for, and until when.</summary>
public sealed record GiveConsentRequest(IReadOnlyList<string>? Scope, string? Purpose, DateOnly? ExpiresOn);
