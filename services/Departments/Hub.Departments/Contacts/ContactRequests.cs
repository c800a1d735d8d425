namespace Hub.Departments.Contacts;

/// <summary><c>kind</c> is one of <see cref="Hub.Contracts.Contacts.ContactKinds"/>; participants are centre keys.</summary>
public sealed record RecordContactRequest(string? Kind, DateTimeOffset? At, IReadOnlyList<string?>? Participants);
