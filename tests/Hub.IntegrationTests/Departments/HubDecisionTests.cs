using System.Text.Json;
using Hub.Contracts.Coordination;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Departments;

/// <summary>A centre learns the hub's decisions about its citizens from the hub's events, into its own tables.</summary>
public sealed class HubDecisionTests(HubFactory factory) : IClassFixture<HubFactory>
{
    private ITestHarness Harness => factory.Services.GetTestHarness();

    [Fact]
    public async Task Every_centre_with_a_case_shows_the_lead_and_the_plan_and_they_follow_release_and_archive()
    {
        using var social = new DepartmentClient(factory, "social");
        using var employment = new DepartmentClient(factory, "employment");
        var cpr = TestCpr.Adult();
        var socialCase = await social.OpenCaseAsync(cpr, "adult-support", "cw-5");
        var employmentCase = await employment.OpenCaseAsync(cpr, "cash-benefit", "cw-6");
        var citizenId = await WaitForCitizenAsync(social, cpr);
        var since = DateTimeOffset.UtcNow;

        await Harness.Bus.Publish(new LeadCaseworkerAssigned(Guid.NewGuid(), citizenId, "cw-5", "social", socialCase, "heaviest case", since));
        await Harness.Bus.Publish(new CombinedPlanVersioned(Guid.NewGuid(), citizenId, 1, ["social", "employment"], "cw-5", "created", since));

        var seenByEmployment = await CoordinationAsync(employment, employmentCase, c => c.GetProperty("combinedPlan").ValueKind != JsonValueKind.Null
            && c.GetProperty("lead").ValueKind != JsonValueKind.Null);
        Assert.Equal("cw-5", seenByEmployment.GetProperty("lead").GetProperty("caseworkerId").GetString());
        Assert.Equal("social", seenByEmployment.GetProperty("lead").GetProperty("department").GetString());
        Assert.Equal("heaviest case", seenByEmployment.GetProperty("lead").GetProperty("reason").GetString());
        Assert.Equal(1, seenByEmployment.GetProperty("combinedPlan").GetProperty("version").GetInt32());
        await CoordinationAsync(social, socialCase, c => c.GetProperty("lead").ValueKind != JsonValueKind.Null);

        await Harness.Bus.Publish(new LeadCaseworkerReleased(Guid.NewGuid(), citizenId, "cw-5", "social", "coordination ended", since.AddMinutes(1)));
        await Harness.Bus.Publish(new CombinedPlanArchived(Guid.NewGuid(), citizenId, 1, since.AddMinutes(1)));
        var ended = await CoordinationAsync(social, socialCase, c => c.GetProperty("lead").ValueKind == JsonValueKind.Null
            && c.GetProperty("combinedPlan").GetProperty("archived").GetBoolean());
        Assert.Equal(1, ended.GetProperty("combinedPlan").GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_late_older_event_does_not_overwrite_a_newer_decision_and_a_duplicate_has_no_second_effect()
    {
        using var aftercare = new DepartmentClient(factory, "aftercare");
        var cpr = TestCpr.Adult();
        var caseId = await aftercare.OpenCaseAsync(cpr, "housing-support", "cw-8");
        var citizenId = await WaitForCitizenAsync(aftercare, cpr);
        var now = DateTimeOffset.UtcNow;

        var assigned = new LeadCaseworkerAssigned(Guid.NewGuid(), citizenId, "cw-8", "aftercare", caseId, "only case", now);
        await Harness.Bus.Publish(assigned);
        await Harness.Bus.Publish(new CombinedPlanVersioned(Guid.NewGuid(), citizenId, 3, ["aftercare"], "cw-8", "goals", now));
        await CoordinationAsync(aftercare, caseId, c => c.GetProperty("lead").ValueKind != JsonValueKind.Null
            && c.GetProperty("combinedPlan").ValueKind != JsonValueKind.Null);

        var staleRelease = new LeadCaseworkerReleased(Guid.NewGuid(), citizenId, "cw-8", "aftercare", "old", now.AddMinutes(-5));
        var olderPlan = new CombinedPlanVersioned(Guid.NewGuid(), citizenId, 2, ["aftercare"], "cw-8", "older", now.AddMinutes(-5));
        await Harness.Bus.Publish(staleRelease);
        await Harness.Bus.Publish(olderPlan);
        await Harness.Bus.Publish(assigned);
        Assert.True(await Harness.ConsumedAsync<LeadCaseworkerReleased>(e => e.EventId == staleRelease.EventId));
        Assert.True(await Harness.ConsumedAsync<CombinedPlanVersioned>(e => e.EventId == olderPlan.EventId));

        var coordination = (await aftercare.GetCaseAsync(caseId)).GetProperty("coordination");
        Assert.Equal("cw-8", coordination.GetProperty("lead").GetProperty("caseworkerId").GetString());
        Assert.Equal(3, coordination.GetProperty("combinedPlan").GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_centre_outside_the_consent_takes_in_neither_the_lead_and_its_reason_nor_the_plan()
    {
        using var social = new DepartmentClient(factory, "social");
        using var aftercare = new DepartmentClient(factory, "aftercare");
        var cpr = TestCpr.Adult();
        var socialCase = await social.OpenCaseAsync(cpr, "placement", "cw-51");
        var aftercareCase = await aftercare.OpenCaseAsync(cpr, "housing-support", "cw-52");
        var citizenId = await WaitForCitizenAsync(social, cpr);
        await WaitForCitizenAsync(aftercare, cpr);
        var now = DateTimeOffset.UtcNow;

        var assigned = new LeadCaseworkerAssigned(Guid.NewGuid(), citizenId, "cw-51", "social", socialCase,
            "heaviest case: placement in social outweighs resource-programme in employment", now, SharedWith: ["social", "employment"]);
        var versioned = new CombinedPlanVersioned(Guid.NewGuid(), citizenId, 1, ["social", "employment"], "hub", "created", now);
        await Harness.Bus.Publish(assigned);
        await Harness.Bus.Publish(versioned);
        await CoordinationAsync(social, socialCase, c => c.GetProperty("lead").ValueKind != JsonValueKind.Null
            && c.GetProperty("combinedPlan").ValueKind != JsonValueKind.Null);
        Assert.True(await Harness.Consumed.Any<LeadCaseworkerAssigned>(e => e.Context.Message.EventId == assigned.EventId));

        var outside = (await aftercare.GetCaseAsync(aftercareCase)).GetProperty("coordination");
        Assert.Equal(JsonValueKind.Null, outside.GetProperty("lead").ValueKind);
        Assert.Equal(JsonValueKind.Null, outside.GetProperty("combinedPlan").ValueKind);
    }

    private static async Task<string> WaitForCitizenAsync(DepartmentClient centre, string cpr)
    {
        await centre.TimelineEntryAsync(cpr, "case-opened");
        return DepartmentClient.CitizenIdOf(cpr);
    }

    private static Task<JsonElement> CoordinationAsync(DepartmentClient centre, Guid caseId, Func<JsonElement, bool> done) =>
        Hub.Testing.Eventually.ReturnsAsync(
            async () => (await centre.GetCaseAsync(caseId)).GetProperty("coordination"),
            done, TimeSpan.FromSeconds(15), "the centre to record the hub's decision");
}
