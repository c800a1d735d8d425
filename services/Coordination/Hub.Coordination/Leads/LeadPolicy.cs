using Hub.Api.Explanations;
using Hub.Coordination.Explanations;
using static Hub.Api.Explanations.ExplanationArgs;

namespace Hub.Coordination.Leads;

/// <summary>
/// Who should be a coordinated citizen's lead caseworker (DOMAIN.md "Lead caseworker"). Pure: the
/// same inputs always give the same lead and the same reason: a code of <see cref="LeadReasonCodes"/> and its
/// arguments, which <see cref="English"/> words for API clients and the desk renders in Danish.
/// </summary>
public static class LeadPolicy
{
    public static LeadDecision? Decide(IReadOnlyList<LeadCandidate> candidates, CurrentLead? current, LeadOptions options)
    {
        if (candidates.Count == 0) return null;

        // An override is sticky while its case is active, whatever the weights and caseloads say.
        if (current is { IsOverride: true } && Find(candidates, current) is { } overridden)
        {
            return new LeadDecision(overridden, Explanation.Of(LeadReasonCodes.OverrideKept, (Department, overridden.Department)), true, false);
        }

        if (current is not null && Find(candidates, current) is { } continuing)
        {
            return new LeadDecision(continuing, Explanation.Of(LeadReasonCodes.Continuity,
                (CaseworkerId, continuing.CaseworkerId), (Department, continuing.Department)), true, false);
        }

        if (current is not null && candidates.FirstOrDefault(c => c.CaseworkerId == current.CaseworkerId && c.Department == current.Department) is { } sameCaseworker)
        {
            return new LeadDecision(sameCaseworker, Explanation.Of(LeadReasonCodes.ContinuityOtherCase,
                (CaseworkerId, sameCaseworker.CaseworkerId), (Department, sameCaseworker.Department)), false, false);
        }

        var overCap = candidates.Where(c => c.Caseload >= options.CaseloadCap).ToList();
        var eligible = candidates.Except(overCap).ToList();
        var everyoneOverCap = eligible.Count == 0;
        var pool = everyoneOverCap ? candidates.ToList() : eligible;

        var ranked = pool
            .OrderBy(c => Weight(c.CaseType, options))
            .ThenBy(c => c.OpenedAt)
            .ThenBy(c => c.Caseload)
            .ThenBy(c => c.Department, StringComparer.Ordinal)
            .ThenBy(c => c.CaseworkerId, StringComparer.Ordinal)
            .ThenBy(c => c.CaseId)
            .ToList();
        var winner = ranked[0];
        var runnerUp = ranked.FirstOrDefault(c => c.CaseworkerId != winner.CaseworkerId || c.Department != winner.Department);

        var (code, args) = WhyWinner(winner, runnerUp, options);
        var skipped = overCap.Where(_ => !everyoneOverCap)
            .Select(c => $"{c.Department}:{c.CaseworkerId}:{Arg.Number(c.Caseload)}")
            .Distinct().ToList();
        if (everyoneOverCap || skipped.Count > 0) args.Add((Cap, Arg.Number(options.CaseloadCap)));
        if (everyoneOverCap) args.Add((EveryoneOverCap, "true"));
        if (skipped.Count > 0) args.Add((SkippedOverCap, string.Join(',', skipped)));
        return new LeadDecision(winner, Explanation.Of(code, [.. args]), false, everyoneOverCap);
    }

    private static (string Code, List<(string, string?)> Args) WhyWinner(LeadCandidate winner, LeadCandidate? runnerUp, LeadOptions options)
    {
        var since = Arg.Date(winner.OpenedAt);
        if (runnerUp is null)
        {
            return (LeadReasonCodes.OnlyCandidate, [(Department, winner.Department), (CaseworkerId, winner.CaseworkerId), (CaseType, winner.CaseType), (Since, since)]);
        }

        if (Weight(winner.CaseType, options) < Weight(runnerUp.CaseType, options))
        {
            return (LeadReasonCodes.HeaviestCase,
                [(CaseType, winner.CaseType), (Department, winner.Department), (OtherCaseType, runnerUp.CaseType), (OtherDepartment, runnerUp.Department)]);
        }

        if (winner.OpenedAt < runnerUp.OpenedAt)
        {
            return (LeadReasonCodes.LongestRelationship, [(Department, winner.Department), (Since, since)]);
        }

        if (winner.Caseload < runnerUp.Caseload)
        {
            return (LeadReasonCodes.SmallestCaseload,
                [(CaseworkerId, winner.CaseworkerId), (Caseload, Arg.Number(winner.Caseload)), (OtherCaseworkerId, runnerUp.CaseworkerId), (OtherCaseload, Arg.Number(runnerUp.Caseload))]);
        }

        return (LeadReasonCodes.TieByIdOrder, [(CaseworkerId, winner.CaseworkerId)]);
    }

    private static LeadCandidate? Find(IReadOnlyList<LeadCandidate> candidates, CurrentLead current) =>
        candidates.FirstOrDefault(c => c.CaseId == current.CaseId && c.CaseworkerId == current.CaseworkerId && c.Department == current.Department);

    private static int Weight(string caseType, LeadOptions options)
    {
        var index = options.CaseWeightOrder.IndexOf(caseType);
        return index < 0 ? int.MaxValue : index;
    }
}
