using Hub.Contracts;
using Hub.Contracts.Cases;
using Hub.Contracts.Contacts;
using Hub.Contracts.Goals;
using Hub.Contracts.Interventions;
using Hub.Contracts.Notifications;
using Hub.Coordination.Explanations;
using static Hub.Api.Explanations.ExplanationArgs;

namespace Hub.Coordination.Registry;

/// <summary>
/// How each centre event reads on the citizen's timeline: a kind (<see cref="TimelineKinds"/>), and its summary as a code
/// (<c>timeline.</c> + kind) with arguments, and as an English line for a person (<see cref="English"/>).
/// </summary>
public static class TimelineSummaries
{
    /// <summary>The entry's kind and its summary's code and arguments; an event of a kind the hub does not know is <see cref="Explanation.Legacy"/>.</summary>
    public static (string Kind, Explanation Summary) Explain(ICitizenEvent e) => e switch
    {
        CaseOpened x => Entry(TimelineKinds.CaseOpened, (CaseType, x.CaseType), (CaseworkerId, x.CaseworkerId)),
        CaseClosed => Entry(TimelineKinds.CaseClosed),
        CaseworkerChanged x => Entry(TimelineKinds.CaseworkerChanged, (CaseworkerId, x.CaseworkerId)),
        InterventionAdded x => Entry(TimelineKinds.InterventionAdded, (InterventionType, x.Type), (LegalBasis, x.LegalBasis), (On, Arg.Date(x.StartsOn))),
        InterventionEnded x => Entry(TimelineKinds.InterventionEnded, (On, Arg.Date(x.EndedOn))),
        GoalSet x => Entry(TimelineKinds.GoalSet, (Text, Shorten(x.Text))),
        GoalProgressRecorded x => Entry(TimelineKinds.GoalProgress, (Level, Arg.Number(x.CurrentLevel))),
        ContactRecorded x => Entry(TimelineKinds.Contact, (ContactKind, x.Kind), (On, Arg.Date(x.At))),
        NotificationReceived => Entry(TimelineKinds.NotificationReceived),
        NotificationAssessed x => Entry(TimelineKinds.NotificationAssessed, (Text, Shorten(x.Outcome))),
        YoungPersonApproachingAdulthood x => Entry(TimelineKinds.ApproachingAdulthood, (On, Arg.Date(x.TurnsEighteenOn))),
        _ => (e.GetType().Name, Explanation.Legacy),
    };

    /// <summary>The English line of an entry (for an unknown event, its type's name, as before codes).</summary>
    public static string TextOf(ICitizenEvent e, Explanation summary) => summary.Code == ExplanationCodes.Legacy ? e.GetType().Name : English.Text(summary);

    private static (string Kind, Explanation Summary) Entry(string kind, params (string Name, string? Value)[] args) =>
        (kind, Explanation.Of(TimelineKinds.SummaryCodeOf(kind), args));

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";
}
