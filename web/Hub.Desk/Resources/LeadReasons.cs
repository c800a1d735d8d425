using System.Text.RegularExpressions;

namespace Hub.Desk.Resources;

/// <summary>
/// The hub explains each lead assignment in a short English sentence (LeadPolicy); the desk says it in plain Danish.
/// A sentence it does not recognise (a team leader's own reason, a new rule) is shown as it is.
/// </summary>
public static partial class LeadReasons
{
    public static string ToDanish(string reason)
    {
        if (OverCap().Match(reason) is { Success: true } overCap)
        {
            return $"Alle kandidater er på eller over loftet på {overCap.Groups[1].Value} sager, så rollen er tildelt alligevel. {ToDanish(overCap.Groups[2].Value)}";
        }

        foreach (var (pattern, danish) in Rules)
        {
            if (pattern.Match(reason) is { Success: true } match)
            {
                return danish(match.Groups);
            }
        }

        return reason;
    }

    private static readonly (Regex Pattern, Func<GroupCollection, string> Danish)[] Rules =
    [
        (Override(), g => $"En teamleder har valgt den hovedansvarlige; valget holder, mens sagen i {Dept(g[1])} er aktiv."),
        (ContinuityWhile(), g => $"Kontinuitet: {g[1].Value} beholder rollen, mens sagen i {Dept(g[2])} er aktiv."),
        (ContinuityOwn(), g => $"Kontinuitet: {g[1].Value} beholder rollen på sin aktive sag i {Dept(g[2])}."),
        (OnlyCandidate(), g => $"Eneste kandidat: sagsbehandler {g[2].Value} i {Dept(g[1])} ({Labels.CaseType(g[3].Value).ToLowerInvariant()} siden {g[4].Value})."),
        (Heaviest(), g => $"Tungeste sag: {Labels.CaseType(g[1].Value).ToLowerInvariant()} i {Dept(g[2])} vejer tungere end {Labels.CaseType(g[3].Value).ToLowerInvariant()} i {Dept(g[4])}."),
        (Longest(), g => $"Længste relation: sagen i {Dept(g[1])} har kørt siden {g[2].Value}."),
        (Smallest(), g => $"Mindste sagsstamme: {g[1].Value} har {g[2].Value} aktive sager, {g[3].Value} har {g[4].Value}."),
        (Equal(), g => $"Lige på sagens vægt, relation og sagsstamme: {g[1].Value} er valgt efter id."),
    ];

    private static string Dept(Group group) => Labels.Department(group.Value);

    [GeneratedRegex(@"^every candidate at or over cap (\d+), assigned anyway; (.+)$")] private static partial Regex OverCap();
    [GeneratedRegex(@"^team-leader override kept: (\S+) case still active$")] private static partial Regex Override();
    [GeneratedRegex(@"^continuity: (\S+) keeps the lead while the (\S+) case is active$")] private static partial Regex ContinuityWhile();
    [GeneratedRegex(@"^continuity: (\S+) keeps the lead on their active (\S+) case$")] private static partial Regex ContinuityOwn();
    [GeneratedRegex(@"^only candidate: (\S+) caseworker (\S+) \((\S+) case since ([^)]+)\)$")] private static partial Regex OnlyCandidate();
    [GeneratedRegex(@"^heaviest case: (\S+) in (\S+) outweighs (\S+) in (\S+)$")] private static partial Regex Heaviest();
    [GeneratedRegex(@"^longest relationship: (\S+) case since (.+)$")] private static partial Regex Longest();
    [GeneratedRegex(@"^smallest caseload: (\S+) has (\d+) active cases, (\S+) has (\d+)$")] private static partial Regex Smallest();
    [GeneratedRegex(@"^equal on weight, relationship and caseload: (\S+) chosen by id order$")] private static partial Regex Equal();
}
