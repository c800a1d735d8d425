using Hub.Api.Explanations;
using Hub.Coordination.Leads;
using static Hub.Api.Explanations.ExplanationArgs;

namespace Hub.UnitTests.Coordination;

/// <summary>One test per lead rule and per tie-break of DOMAIN.md.</summary>
public sealed class LeadPolicyTests
{
    private static readonly LeadOptions Options = new() { CaseloadCap = 25, CaseWeightOrder = ["placement", "resource-programme", "contact-person", "cash-benefit"] };
    private static readonly DateTimeOffset Early = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Late = new(2025, 1, 15, 0, 0, 0, TimeSpan.Zero);

    private static LeadCandidate Candidate(string caseworker, string department, string caseType, DateTimeOffset opened, int caseload = 10) =>
        new(Guid.NewGuid(), department, caseType, caseworker, opened, caseload);

    [Fact]
    public void No_candidates_no_lead() => Assert.Null(LeadPolicy.Decide([], null, Options));

    [Fact]
    public void Heaviest_case_by_the_configured_weight_order_wins()
    {
        var cash = Candidate("cw-40", "employment", "cash-benefit", Early);
        var placement = Candidate("cw-17", "social", "placement", Late);
        var decision = LeadPolicy.Decide([cash, placement], null, Options)!;
        Assert.Equal("cw-17", decision.Lead.CaseworkerId);
        Assert.StartsWith("heaviest case: placement in social outweighs cash-benefit in employment", decision.Text);
        Assert.Equal(LeadReasonCodes.HeaviestCase, decision.Reason.Code);
        Assert.Equal(new Dictionary<string, string>
        {
            [CaseType] = "placement", [Department] = "social", [OtherCaseType] = "cash-benefit", [OtherDepartment] = "employment",
        }, decision.Reason.Args);
    }

    [Fact]
    public void The_weight_order_is_configuration_not_code()
    {
        var options = new LeadOptions { CaseWeightOrder = ["cash-benefit", "placement"] };
        var decision = LeadPolicy.Decide([Candidate("cw-17", "social", "placement", Early), Candidate("cw-40", "employment", "cash-benefit", Late)], null, options)!;
        Assert.Equal("cw-40", decision.Lead.CaseworkerId);
    }

    [Fact]
    public void Equal_weight_goes_to_the_longest_relationship()
    {
        var newer = Candidate("cw-1", "social", "contact-person", Late, caseload: 1);
        var older = Candidate("cw-2", "aftercare", "contact-person", Early, caseload: 20);
        var decision = LeadPolicy.Decide([newer, older], null, Options)!;
        Assert.Equal("cw-2", decision.Lead.CaseworkerId);
        Assert.Equal("longest relationship: aftercare case since 2024-03-01", decision.Text);
        Assert.Equal(LeadReasonCodes.LongestRelationship, decision.Reason.Code);
        Assert.Equal(new Dictionary<string, string> { [Department] = "aftercare", [Since] = "2024-03-01" }, decision.Reason.Args);
    }

    [Fact]
    public void Equal_weight_and_relationship_goes_to_the_smallest_caseload()
    {
        var busy = Candidate("cw-1", "social", "contact-person", Early, caseload: 20);
        var free = Candidate("cw-2", "aftercare", "contact-person", Early, caseload: 5);
        var decision = LeadPolicy.Decide([busy, free], null, Options)!;
        Assert.Equal("cw-2", decision.Lead.CaseworkerId);
        Assert.StartsWith("smallest caseload: cw-2 has 5 active cases", decision.Text);
        Assert.Equal(LeadReasonCodes.SmallestCaseload, decision.Reason.Code);
        Assert.Equal(new Dictionary<string, string>
        {
            [CaseworkerId] = "cw-2", [Caseload] = "5", [OtherCaseworkerId] = "cw-1", [OtherCaseload] = "20",
        }, decision.Reason.Args);
    }

    [Fact]
    public void A_complete_tie_is_settled_by_caseworker_id_so_the_result_never_depends_on_order()
    {
        var a = Candidate("cw-b", "social", "contact-person", Early, 5);
        var b = Candidate("cw-a", "aftercare", "contact-person", Early, 5);
        Assert.Equal("cw-a", LeadPolicy.Decide([a, b], null, Options)!.Lead.CaseworkerId);
        Assert.Equal("cw-a", LeadPolicy.Decide([b, a], null, Options)!.Lead.CaseworkerId);
        var decision = LeadPolicy.Decide([a, b], null, Options)!;
        Assert.Equal(LeadReasonCodes.TieByIdOrder, decision.Reason.Code);
        Assert.Equal("cw-a", decision.Reason[CaseworkerId]);
        Assert.Equal("equal on weight, relationship and caseload: cw-a chosen by id order", decision.Text);
    }

    [Fact]
    public void A_candidate_at_the_cap_is_skipped_and_the_reason_says_so()
    {
        var full = Candidate("cw-17", "social", "placement", Early, caseload: 25);
        var employment = Candidate("cw-40", "employment", "resource-programme", Early, caseload: 3);
        var decision = LeadPolicy.Decide([full, employment], null, Options)!;
        Assert.Equal("cw-40", decision.Lead.CaseworkerId);
        Assert.False(decision.EveryoneOverCap);
        Assert.Contains("social caseworker cw-17 over cap 25/25", decision.Text);
        Assert.Equal(LeadReasonCodes.OnlyCandidate, decision.Reason.Code);
        Assert.Equal("25", decision.Reason[Cap]);
        Assert.Equal("social:cw-17:25", decision.Reason[SkippedOverCap]);
        Assert.Null(decision.Reason[EveryoneOverCap]);
        Assert.Equal("only candidate: employment caseworker cw-40 (resource-programme case since 2024-03-01); social caseworker cw-17 over cap 25/25", decision.Text);
    }

    [Fact]
    public void When_everyone_is_over_the_cap_the_lead_is_assigned_anyway_and_flagged()
    {
        var a = Candidate("cw-17", "social", "placement", Early, caseload: 30);
        var b = Candidate("cw-40", "employment", "cash-benefit", Early, caseload: 26);
        var decision = LeadPolicy.Decide([a, b], null, Options)!;
        Assert.Equal("cw-17", decision.Lead.CaseworkerId);
        Assert.True(decision.EveryoneOverCap);
        Assert.StartsWith("every candidate at or over cap 25, assigned anyway", decision.Text);
        Assert.Equal(LeadReasonCodes.HeaviestCase, decision.Reason.Code);
        Assert.Equal("true", decision.Reason[EveryoneOverCap]);
        Assert.Equal("25", decision.Reason[Cap]);
        Assert.Null(decision.Reason[SkippedOverCap]);
    }

    [Fact]
    public void Continuity_keeps_a_lead_whose_case_is_active_even_when_a_heavier_case_appears()
    {
        var cash = Candidate("cw-40", "employment", "cash-benefit", Early);
        var placement = Candidate("cw-17", "social", "placement", Early);
        var decision = LeadPolicy.Decide([cash, placement], new CurrentLead("cw-40", cash.Department, cash.CaseId, false), Options)!;
        Assert.Equal("cw-40", decision.Lead.CaseworkerId);
        Assert.True(decision.Unchanged);
        Assert.StartsWith("continuity", decision.Text);
        Assert.Equal(LeadReasonCodes.Continuity, decision.Reason.Code);
        Assert.Equal(new Dictionary<string, string> { [CaseworkerId] = "cw-40", [Department] = "employment" }, decision.Reason.Args);
    }

    [Fact]
    public void When_the_leads_case_closes_the_rules_choose_again()
    {
        var placement = Candidate("cw-17", "social", "placement", Early);
        var housing = Candidate("cw-9", "aftercare", "contact-person", Early);
        var decision = LeadPolicy.Decide([placement, housing], new CurrentLead("cw-40", "employment", Guid.NewGuid(), false), Options)!;
        Assert.Equal("cw-17", decision.Lead.CaseworkerId);
        Assert.False(decision.Unchanged);
    }

    [Fact]
    public void A_team_leader_override_is_sticky_while_its_case_is_active()
    {
        var cash = Candidate("cw-40", "employment", "cash-benefit", Early, caseload: 40);
        var placement = Candidate("cw-17", "social", "placement", Early);
        var decision = LeadPolicy.Decide([cash, placement], new CurrentLead("cw-40", cash.Department, cash.CaseId, IsOverride: true), Options)!;
        Assert.Equal("cw-40", decision.Lead.CaseworkerId);
        Assert.StartsWith("team-leader override kept", decision.Text);
        Assert.Equal(LeadReasonCodes.OverrideKept, decision.Reason.Code);
        Assert.Equal(new Dictionary<string, string> { [Department] = "employment" }, decision.Reason.Args);
    }

    [Fact]
    public void An_override_ends_with_its_case()
    {
        var placement = Candidate("cw-17", "social", "placement", Early);
        var cash = Candidate("cw-41", "employment", "cash-benefit", Early);
        var decision = LeadPolicy.Decide([placement, cash], new CurrentLead("cw-40", "employment", Guid.NewGuid(), IsOverride: true), Options)!;
        Assert.Equal("cw-17", decision.Lead.CaseworkerId);
        Assert.StartsWith("heaviest case", decision.Text);
    }

    [Fact]
    public void The_only_candidate_is_named_with_their_case_and_its_start()
    {
        var decision = LeadPolicy.Decide([Candidate("cw-17", "social", "placement", Early)], null, Options)!;
        Assert.Equal(LeadReasonCodes.OnlyCandidate, decision.Reason.Code);
        Assert.Equal(new Dictionary<string, string>
        {
            [Department] = "social", [CaseworkerId] = "cw-17", [CaseType] = "placement", [Since] = "2024-03-01",
        }, decision.Reason.Args);
        Assert.Equal("only candidate: social caseworker cw-17 (placement case since 2024-03-01)", decision.Text);
    }

    [Fact]
    public void Every_decision_carries_the_arguments_its_code_declares()
    {
        var cases = new (LeadCandidate[] Candidates, CurrentLead? Current)[]
        {
            ([Candidate("cw-1", "social", "placement", Early)], null),
            ([Candidate("cw-1", "social", "placement", Late), Candidate("cw-2", "employment", "cash-benefit", Early)], null),
            ([Candidate("cw-1", "social", "contact-person", Late), Candidate("cw-2", "aftercare", "contact-person", Early)], null),
            ([Candidate("cw-1", "social", "contact-person", Early, 9), Candidate("cw-2", "aftercare", "contact-person", Early, 3)], null),
            ([Candidate("cw-1", "social", "contact-person", Early, 3), Candidate("cw-2", "aftercare", "contact-person", Early, 3)], null),
        };
        foreach (var (candidates, current) in cases)
        {
            var decision = LeadPolicy.Decide(candidates, current, Options)!;
            Assert.Contains(decision.Reason.Code, LeadReasonCodes.All);
            Assert.All(LeadReasonCodes.Args[decision.Reason.Code], name => Assert.False(string.IsNullOrEmpty(decision.Reason[name]), $"{decision.Reason.Code} lacks {name}"));
        }
    }
}
