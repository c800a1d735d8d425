namespace Hub.Api.Departments;

/// <summary>A contact in <see cref="CaseResponse"/>.</summary>
public sealed record CaseContactResponse(Guid ContactId, string Kind, DateTimeOffset At, IReadOnlyList<string> Participants);
