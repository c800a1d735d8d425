using System.Globalization;

namespace Hub.Coordination.Leads;

/// <summary>
/// Who should be a coordinated citizen's lead caseworker (DOMAIN.md "Lead caseworker"). Pure: the
/// same inputs always give the same lead and the same reason.
/// </summary>
public static class LeadPolicy
{
    public static LeadDecision? Decide(IReadOnlyList<LeadCandidate> candidates, CurrentLead? current, LeadOptions options)
    {
        if (candidates.Count == 0) return null;

        // An override is sticky while its case is active, whatever the weights and caseloads say.
        if (current is { IsOverride: true } && Find(candidates, current) is { } overridden)
        {
            return new LeadDecision(overridden, $"team-leader override kept: {overridden.Department} case still active", true, false);
        }

        if (current is not null && Find(candidates, current) is { } continuing)
        {
            return new LeadDecision(continuing, $"continuity: {continuing.CaseworkerId} keeps the lead while the {continuing.Department} case is active", true, false);
        }

        if (current is not null && candidates.FirstOrDefault(c => c.CaseworkerId == current.CaseworkerId) is { } sameCaseworker)
        {
            return new LeadDecision(sameCaseworker, $"continuity: {sameCaseworker.CaseworkerId} keeps the lead on their active {sameCaseworker.Department} case", false, false);
        }

        var overCap = candidates.Where(c => c.Caseload >= options.CaseloadCap).ToList();
        var eligible = candidates.Except(overCap).ToList();
        var everyoneOverCap = eligible.Count == 0;
        var pool = everyoneOverCap ? candidates.ToList() : eligible;

        var ranked = pool
            .OrderBy(c => Weight(c.CaseType, options))
            .ThenBy(c => c.OpenedAt)
            .ThenBy(c => c.Caseload)
            .ThenBy(c => c.CaseworkerId, StringComparer.Ordinal)
            .ThenBy(c => c.CaseId)
            .ToList();
        var winner = ranked[0];
        var runnerUp = ranked.FirstOrDefault(c => c.CaseworkerId != winner.CaseworkerId);

        var reason = WhyWinner(winner, runnerUp, options);
        if (everyoneOverCap)
        {
            reason = $"every candidate at or over cap {options.CaseloadCap}, assigned anyway; {reason}";
        }

        var skipped = overCap.Where(_ => !everyoneOverCap)
            .Select(c => $"{c.Department} caseworker {c.CaseworkerId} over cap {c.Caseload}/{options.CaseloadCap}")
            .Distinct();
        reason = string.Join("; ", new[] { reason }.Concat(skipped));
        return new LeadDecision(winner, reason, false, everyoneOverCap);
    }

    private static string WhyWinner(LeadCandidate winner, LeadCandidate? runnerUp, LeadOptions options)
    {
        var since = winner.OpenedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (runnerUp is null)
        {
            return $"only candidate: {winner.Department} caseworker {winner.CaseworkerId} ({winner.CaseType} case since {since})";
        }

        if (Weight(winner.CaseType, options) < Weight(runnerUp.CaseType, options))
        {
            return $"heaviest case: {winner.CaseType} in {winner.Department} outweighs {runnerUp.CaseType} in {runnerUp.Department}";
        }

        if (winner.OpenedAt < runnerUp.OpenedAt)
        {
            return $"longest relationship: {winner.Department} case since {since}";
        }

        if (winner.Caseload < runnerUp.Caseload)
        {
            return $"smallest caseload: {winner.CaseworkerId} has {winner.Caseload} active cases, {runnerUp.CaseworkerId} has {runnerUp.Caseload}";
        }

        return $"equal on weight, relationship and caseload: {winner.CaseworkerId} chosen by id order";
    }

    private static LeadCandidate? Find(IReadOnlyList<LeadCandidate> candidates, CurrentLead current) =>
        candidates.FirstOrDefault(c => c.CaseId == current.CaseId && c.CaseworkerId == current.CaseworkerId);

    private static int Weight(string caseType, LeadOptions options)
    {
        var index = options.CaseWeightOrder.IndexOf(caseType);
        return index < 0 ? int.MaxValue : index;
    }
}
