namespace Hub.Departments.Contacts;

public sealed class ContactRow
{
    public Guid ContactId { get; init; }
    public string Kind { get; init; } = "";
    public DateTimeOffset At { get; init; }
    public string ParticipantList { get; init; } = "";

    public IReadOnlyList<string> Participants => ParticipantList.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
