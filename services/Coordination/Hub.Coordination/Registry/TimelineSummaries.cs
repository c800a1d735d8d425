using Hub.Contracts;
using Hub.Contracts.Cases;
using Hub.Contracts.Contacts;
using Hub.Contracts.Goals;
using Hub.Contracts.Interventions;
using Hub.Contracts.Notifications;

namespace Hub.Coordination.Registry;

/// <summary>How each centre event reads on the citizen's timeline: a kind key and a line for a person.</summary>
public static class TimelineSummaries
{
    public static (string Kind, string Summary) Of(ICitizenEvent e) => e switch
    {
        CaseOpened x => ("case-opened", $"Case opened ({x.CaseType}), caseworker {x.CaseworkerId}"),
        CaseClosed => ("case-closed", "Case closed"),
        CaseworkerChanged x => ("caseworker-changed", $"Caseworker changed to {x.CaseworkerId}"),
        InterventionAdded x => ("intervention-added", $"Intervention {x.Type} ({x.LegalBasis}) from {x.StartsOn:yyyy-MM-dd}"),
        InterventionEnded x => ("intervention-ended", $"Intervention ended on {x.EndedOn:yyyy-MM-dd}"),
        GoalSet x => ("goal-set", $"Goal set: {Shorten(x.Text)}"),
        GoalProgressRecorded x => ("goal-progress", $"Goal progress: level {x.CurrentLevel}"),
        ContactRecorded x => ("contact", $"Contact: {x.Kind} on {x.At:yyyy-MM-dd}"),
        NotificationReceived => ("notification-received", "Notification (underretning) received"),
        NotificationAssessed x => ("notification-assessed", $"Notification assessed: {Shorten(x.Outcome)}"),
        YoungPersonApproachingAdulthood x => ("approaching-adulthood", $"Young person in placement turns 18 on {x.TurnsEighteenOn:yyyy-MM-dd}"),
        _ => (e.GetType().Name, e.GetType().Name),
    };

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";
}
