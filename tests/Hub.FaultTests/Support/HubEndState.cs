namespace Hub.FaultTests.Support;

/// <summary>
/// What the hub holds once a stream is applied, read from its database: the facts that must not depend on how
/// many instances applied it or in which order. The lead's identity and the lead and plan histories do depend
/// on the order (a lead keeps the lead while their case is active), even with one instance and 32 concurrent
/// consumers, so of the leads the set of coordinated citizens is compared, and each lead is checked valid.
/// </summary>
public sealed record HubEndState(
    IReadOnlyList<string> Cases,
    IReadOnlyList<string> Timeline,
    IReadOnlyList<string> Citizens,
    IReadOnlyList<string> CitizensWithLead,
    IReadOnlyList<string> InvalidLeads,
    IReadOnlyList<string> ActivePlans,
    IReadOnlyList<string> OpenAlerts)
{
    /// <summary>Raised when a lead is assigned while everyone is over the cap: which caseworker got it depends on the order.</summary>
    private const string OrderDependentAlertKind = "lead-assigned-over-cap";

    public static async Task<HubEndState> ReadAsync(string dataFolder)
    {
        Task<List<string>> Rows(string sql) => Databases.QueryAsync(dataFolder, "coordination", sql,
            r => string.Join('|', Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "∅" : r.GetValue(i).ToString())));

        return new HubEndState(
            await Rows("SELECT case_id, citizen_id, department, status, caseworker_id, opened_seen, status_seq, caseworker_seq FROM hub_cases ORDER BY case_id"),
            await Rows("SELECT event_id, citizen_id, case_id, sequence FROM timeline_entries ORDER BY event_id"),
            await Rows("SELECT citizen_id, cross_departmental FROM citizens ORDER BY citizen_id"),
            await Rows("SELECT citizen_id FROM leads ORDER BY citizen_id"),
            // A lead must be the caseworker of one of the citizen's active cases (every centre is in the planted consents).
            await Rows("""
                SELECT l.citizen_id FROM leads l
                WHERE NOT EXISTS (SELECT 1 FROM hub_cases c WHERE c.case_id = l.case_id AND c.citizen_id = l.citizen_id AND c.department = l.department
                                  AND c.caseworker_id = l.caseworker_id AND c.status = 'open' AND c.opened_seen = 1)
                ORDER BY l.citizen_id
                """),
            await Rows("SELECT citizen_id FROM combined_plans WHERE status = 'active' ORDER BY citizen_id"),
            await Rows($"SELECT alert_key, message FROM alerts WHERE resolved_at IS NULL AND kind <> '{OrderDependentAlertKind}' ORDER BY alert_key"));
    }

    /// <summary>The caseworker-over-cap alerts the final cases call for: what the deadline pass must have raised.</summary>
    public static Task<List<string>> OverCapDueAsync(string dataFolder, int cap) =>
        Databases.QueryAsync(dataFolder, "coordination",
            $"""
            SELECT 'caseworker-over-cap:' || department || ':' || caseworker_id FROM hub_cases
            WHERE status = 'open' AND opened_seen = 1 AND caseworker_id IS NOT NULL
            GROUP BY department, caseworker_id HAVING COUNT(*) > {cap} ORDER BY 1
            """, r => r.GetString(0));

    public static Task<List<string>> OpenOverCapAsync(string dataFolder) =>
        Databases.QueryAsync(dataFolder, "coordination",
            "SELECT alert_key FROM alerts WHERE kind = 'caseworker-over-cap' AND resolved_at IS NULL ORDER BY alert_key", r => r.GetString(0));

    /// <summary>Each part that differs from <paramref name="other"/>, with a few of the differing rows.</summary>
    public IReadOnlyList<string> DifferencesFrom(HubEndState other)
    {
        var differences = new List<string>();
        void Compare(string part, IReadOnlyList<string> mine, IReadOnlyList<string> theirs)
        {
            var onlyMine = mine.Except(theirs).Take(3).ToList();
            var onlyTheirs = theirs.Except(mine).Take(3).ToList();
            if (mine.Count != theirs.Count || onlyMine.Count > 0 || onlyTheirs.Count > 0)
            {
                differences.Add($"{part}: {mine.Count} vs {theirs.Count}; only here [{string.Join(", ", onlyMine)}], only there [{string.Join(", ", onlyTheirs)}]");
            }
        }

        Compare("cases", Cases, other.Cases);
        Compare("timeline", Timeline, other.Timeline);
        Compare("citizens", Citizens, other.Citizens);
        Compare("citizens with a lead", CitizensWithLead, other.CitizensWithLead);
        Compare("active plans", ActivePlans, other.ActivePlans);
        Compare("open alerts", OpenAlerts, other.OpenAlerts);
        return differences;
    }

    public override string ToString() =>
        $"{Cases.Count} cases, {Timeline.Count} timeline entries, {Citizens.Count} citizens ({Citizens.Count(c => c.EndsWith("|1", StringComparison.Ordinal))} cross-departmental), " +
        $"{CitizensWithLead.Count} leads ({InvalidLeads.Count} invalid), {ActivePlans.Count} active plans, {OpenAlerts.Count} open alerts";
}
