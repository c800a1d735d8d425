using Hub.Api.AccessLog;

namespace Hub.Coordination.Consent;

/// <summary>Every consent recorded for a citizen, as the citizen sees it: a consent that lets more centres share than before is marked.</summary>
public static class ConsentHistory
{
    /// <param name="consents">Oldest first.</param>
    public static IReadOnlyList<CitizenConsentEntry> AsCitizenSeesIt(IReadOnlyList<ConsentRecord> consents)
    {
        var entries = new List<CitizenConsentEntry>();
        IReadOnlyList<string> before = [];
        foreach (var consent in consents)
        {
            // A consent withdrawn before the next was given shared nothing by then.
            var widens = consent.Departments.Except(before).Any();
            entries.Add(new CitizenConsentEntry(
                DateOnly.FromDateTime(consent.GivenAt.UtcDateTime), consent.Departments, widens, consent.EvidenceGivenBy, consent.EvidenceKind,
                consent.RecordedByDepartment, consent.WithdrawnAt is { } withdrawn ? DateOnly.FromDateTime(withdrawn.UtcDateTime) : null));
            before = consent.WithdrawnAt is null ? consent.Departments : [];
        }

        entries.Reverse();
        return entries;
    }
}
