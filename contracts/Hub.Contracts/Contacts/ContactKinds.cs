namespace Hub.Contracts.Contacts;

public static class ContactKinds
{
    public const string Meeting = "meeting";
    public const string HomeVisit = "home-visit";
    public const string Phone = "phone";
    public const string NetworkMeeting = "network-meeting";

    public static readonly IReadOnlyList<string> All = [Meeting, HomeVisit, Phone, NetworkMeeting];
}
