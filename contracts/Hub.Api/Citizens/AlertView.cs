namespace Hub.Api.Citizens;

/// <summary>An open alert about the citizen, within the departments the reader may see.</summary>
public sealed record AlertView(string Kind, string Message, DateTimeOffset DueAt, string? Department, string? CaseworkerId);
