namespace Hub.Api.Citizens;

/// <summary>An open alert about the citizen, within the departments the reader may see; <see cref="Kind"/> is the code (Hub.Api.Explanations.AlertKinds), <see cref="Message"/> its English text.</summary>
public sealed record AlertView(string Kind, string Message, DateTimeOffset DueAt, string? Department, string? CaseworkerId, IReadOnlyDictionary<string, string> Args);
