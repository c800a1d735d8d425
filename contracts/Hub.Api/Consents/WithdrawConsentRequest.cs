namespace Hub.Api.Consents;

/// <summary><c>POST /api/citizens/{id}/consents/withdraw</c>, with an optional reason.</summary>
public sealed record WithdrawConsentRequest(string? Reason);
