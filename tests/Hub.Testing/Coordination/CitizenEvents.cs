using Hub.Contracts;
using Hub.Contracts.Cases;
using Hub.Contracts.Contacts;
using Hub.Contracts.Goals;
using Hub.Contracts.Interventions;
using Hub.Contracts.Notifications;
using Hub.ServiceDefaults.Privacy;
using Microsoft.Extensions.Options;

namespace Hub.Testing.Coordination;

/// <summary>
/// Writes centre events about one citizen the way a centre would: an event id each, and sequence numbers
/// counted per case (or per notification), so tests can deliver them in any order, or twice.
/// </summary>
public sealed class CitizenEvents(string cpr, DateTimeOffset now)
{
    private static readonly CitizenIdentity Identity = new(Options.Create(new CitizenIdentityOptions { Key = TestSecrets.CitizenIdKey }));
    private readonly Dictionary<Guid, long> _sequences = [];

    public string Cpr { get; } = cpr;
    public string CitizenId { get; } = Identity.CitizenIdOf(cpr);
    public DateTimeOffset Now { get; set; } = now;

    private long Next(Guid subject) => _sequences[subject] = _sequences.GetValueOrDefault(subject) + 1;

    public CaseOpened Open(string department, string caseType, string caseworkerId, DateTimeOffset? openedAt = null)
    {
        var caseId = Guid.NewGuid();
        return new CaseOpened(Guid.NewGuid(), department, caseId, CitizenId, Next(caseId), Now, caseType, caseworkerId, null, openedAt ?? Now, null);
    }

    public CaseClosed Close(CaseOpened opened) =>
        new(Guid.NewGuid(), opened.Department, opened.CaseId, CitizenId, Next(opened.CaseId), Now, Now, "done");

    public CaseworkerChanged ChangeCaseworker(CaseOpened opened, string caseworkerId) =>
        new(Guid.NewGuid(), opened.Department, opened.CaseId, CitizenId, Next(opened.CaseId), Now, caseworkerId, null);

    public GoalSet Goal(CaseOpened opened, string text) =>
        new(Guid.NewGuid(), opened.Department, opened.CaseId, CitizenId, Next(opened.CaseId), Now, Guid.NewGuid(), text, null, 3, 1);

    public InterventionAdded Intervention(CaseOpened opened, string type, DateOnly startsOn, DateOnly? plannedEndOn = null, params Guid[] goalIds) =>
        new(Guid.NewGuid(), opened.Department, opened.CaseId, CitizenId, Next(opened.CaseId), Now, Guid.NewGuid(), type, "§ 52", startsOn, plannedEndOn, null, goalIds);

    public InterventionEnded EndIntervention(InterventionAdded added, DateOnly endedOn) =>
        new(Guid.NewGuid(), added.Department, added.CaseId, CitizenId, Next(added.CaseId), Now, added.InterventionId, endedOn, null);

    public ContactRecorded Contact(CaseOpened opened, DateTimeOffset at, params string[] participants) =>
        new(Guid.NewGuid(), opened.Department, opened.CaseId, CitizenId, Next(opened.CaseId), Now, Guid.NewGuid(), ContactKinds.Meeting, at, participants);

    public NotificationReceived Notification(DateTimeOffset receivedAt)
    {
        var id = Guid.NewGuid();
        return new NotificationReceived(Guid.NewGuid(), Departments.Social, CitizenId, Next(id), Now, id, null, receivedAt, "school");
    }

    public NotificationAssessed Assess(NotificationReceived received, DateTimeOffset at) =>
        new(Guid.NewGuid(), received.Department, CitizenId, Next(received.NotificationId), Now, received.NotificationId, at, "investigate");

    public YoungPersonApproachingAdulthood ApproachingAdulthood(CaseOpened placement, DateOnly turnsEighteenOn) =>
        new(Guid.NewGuid(), placement.Department, placement.CaseId, CitizenId, Next(placement.CaseId), Now, turnsEighteenOn);
}
