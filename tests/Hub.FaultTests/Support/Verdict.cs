namespace Hub.FaultTests.Support;

/// <summary>The hub's final state held against what was sent: the figures each fault test reports and asserts.</summary>
public sealed record Verdict(
    int EventsSent,
    int EventsInHub,
    int Duplicates,
    int Lost,
    int Unexpected,
    int CitizensWithWrongCounts,
    int CaseMismatches)
{
    public bool ExactlyOnce => Duplicates == 0 && Lost == 0 && Unexpected == 0 && CitizensWithWrongCounts == 0 && CaseMismatches == 0;

    public static async Task<Verdict> OfAsync(string dataFolder, Expectation expected)
    {
        var timeline = await Databases.QueryAsync(dataFolder, "coordination", "SELECT event_id, citizen_id FROM timeline_entries",
            r => (Id: Guid.Parse(r.GetString(0)), Citizen: r.GetString(1)));
        var inbox = await Databases.ScalarAsync(dataFolder, "coordination", "SELECT COUNT(*) FROM inbox_messages WHERE consumer = 'registry'");
        var hubCases = (await Databases.QueryAsync(dataFolder, "coordination",
                "SELECT case_id, citizen_id, status, COALESCE(caseworker_id, ''), opened_seen FROM hub_cases",
                r => (Case: new CaseState(Guid.Parse(r.GetString(0)), r.GetString(1), r.GetString(2), r.GetString(3)), OpenedSeen: r.GetInt64(4))))
            .ToDictionary(c => c.Case.CaseId);

        var expectedIds = expected.Events.Select(e => e.EventId).ToHashSet();
        var hubIds = timeline.Select(t => t.Id).ToHashSet();
        var duplicates = (timeline.Count - hubIds.Count) + (int)Math.Max(0, inbox - hubIds.Count);

        var expectedPerCitizen = expected.Events.GroupBy(e => e.CitizenId).ToDictionary(g => g.Key, g => g.Count());
        var hubPerCitizen = timeline.GroupBy(t => t.Citizen).ToDictionary(g => g.Key, g => g.Count());
        var wrongCitizens = expectedPerCitizen.Keys.Union(hubPerCitizen.Keys)
            .Count(c => expectedPerCitizen.GetValueOrDefault(c) != hubPerCitizen.GetValueOrDefault(c));

        var caseMismatches = expected.Cases.Count(c =>
            !hubCases.TryGetValue(c.CaseId, out var hub) || hub.Case != c || hub.OpenedSeen != 1);
        caseMismatches += hubCases.Keys.Count(id => expected.Cases.All(c => c.CaseId != id));

        return new Verdict(
            expectedIds.Count,
            hubIds.Count(expectedIds.Contains),
            duplicates,
            expectedIds.Count(id => !hubIds.Contains(id)),
            hubIds.Count(id => !expectedIds.Contains(id)),
            wrongCitizens,
            caseMismatches);
    }
}
