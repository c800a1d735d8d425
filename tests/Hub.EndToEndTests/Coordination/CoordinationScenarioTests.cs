using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Contracts;
using Hub.Contracts.Goals;
using Hub.Contracts.Interventions;
using Hub.Testing;
using MassTransit;

namespace Hub.EndToEndTests.Coordination;

/// <summary>
/// Issue 4's done-when scenario over the real RabbitMQ, every service its own process, every call through
/// the gateway. Cases go through the centres' endpoints; goals and interventions are published straight
/// onto the broker as contract events, as a centre's own system may do.
/// </summary>
public sealed class CoordinationScenarioTests : IAsyncLifetime
{
    private const string Cpr = "170392-1234";
    private HubTopology _hub = null!;
    private IBusControl _centreBus = null!;

    public async Task InitializeAsync()
    {
        _hub = await HubTopology.StartAsync("e2e-coordination");
        _centreBus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(TestBroker.Host, TestBroker.Port, _hub.VirtualHost, host =>
        {
            host.Username("guest");
            host.Password("guest");
            host.PublisherConfirmation = true;
        }));
        await _centreBus.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _centreBus.StopAsync();
        await _hub.DisposeAsync();
    }

    [Fact]
    public async Task Two_centres_consent_lead_plan_reassignment_and_the_end_of_coordination()
    {
        using var socialSystem = _hub.GatewayClient(TestSecrets.DepartmentSystem("social"));
        using var employmentSystem = _hub.GatewayClient(TestSecrets.DepartmentSystem("employment"));
        using var aftercareSystem = _hub.GatewayClient(TestSecrets.DepartmentSystem("aftercare"));
        using var caseworker = Reader(TestSecrets.Caseworker("cw-18", "social"));

        // 1. Cases in social services (two) and employment.
        var placement = await OpenAsync(socialSystem, "social", "placement", "cw-17");
        var familySupport = await OpenAsync(socialSystem, "social", "family-support", "cw-18");
        var programme = await OpenAsync(employmentSystem, "employment", "resource-programme", "cw-41");
        var citizenId = await LookupAsync(caseworker);

        // 2. Awaiting consent: nothing shared, nobody leads.
        var awaiting = await ViewWhenAsync(caseworker, citizenId, v => v.GetProperty("centres").GetArrayLength() == 2 && v.GetProperty("crossDepartmental").GetBoolean(), "awaiting consent");
        Assert.True(awaiting.GetProperty("awaitingConsent").GetBoolean());
        Assert.Equal(JsonValueKind.Null, awaiting.GetProperty("lead").ValueKind);

        // 3. Consent.
        var consent = await caseworker.PostAsJsonAsync($"/api/citizens/{citizenId}/consents",
            new { scope = new[] { "social", "employment", "aftercare" }, purpose = "one combined plan" });
        Assert.Equal(HttpStatusCode.Created, consent.StatusCode);

        // 4. A lead, with the reason.
        var led = await ViewWhenAsync(caseworker, citizenId, v => v.GetProperty("lead").ValueKind == JsonValueKind.Object, "a lead");
        Assert.Equal("cw-17", led.GetProperty("lead").GetProperty("caseworkerId").GetString());
        Assert.StartsWith("heaviest case: placement in social", led.GetProperty("lead").GetProperty("reason").GetString());

        // 5. Both centres' goals and interventions in the plan, and a goal with no intervention.
        var homeGoal = Guid.NewGuid();
        var workGoal = Guid.NewGuid();
        var licenceGoal = Guid.NewGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await PublishAsync(
            new GoalSet(Guid.NewGuid(), "social", familySupport, citizenId, 10, DateTimeOffset.UtcNow, homeGoal, "Stable home", null, 3, 1),
            new GoalSet(Guid.NewGuid(), "employment", programme, citizenId, 10, DateTimeOffset.UtcNow, workGoal, "Back to work", null, 3, 1),
            new GoalSet(Guid.NewGuid(), "employment", programme, citizenId, 11, DateTimeOffset.UtcNow, licenceGoal, "Driving licence", null, 2, 0),
            new InterventionAdded(Guid.NewGuid(), "social", familySupport, citizenId, 11, DateTimeOffset.UtcNow, Guid.NewGuid(), "family-treatment", "BL § 32",
                today.AddDays(-7), today.AddMonths(6), null, [homeGoal]),
            new InterventionAdded(Guid.NewGuid(), "employment", programme, citizenId, 12, DateTimeOffset.UtcNow, Guid.NewGuid(), "internship", "LAB § 42",
                today.AddDays(-3), today.AddMonths(3), null, [workGoal]));
        var plan = await Eventually.ReturnsAsync(
            () => JsonAsync(caseworker.GetAsync($"/api/citizens/{citizenId}/plan")),
            p => p.GetProperty("departments").EnumerateArray().Sum(d => d.GetProperty("interventions").GetArrayLength()) == 2
                 && p.GetProperty("departments").EnumerateArray().Sum(d => d.GetProperty("goals").GetArrayLength()) == 3,
            TimeSpan.FromSeconds(30), "both centres' goals and interventions in the plan");
        var finding = Assert.Single(plan.GetProperty("findings").EnumerateArray(), f => f.GetProperty("kind").GetString() == "goal-without-intervention");
        Assert.Equal([licenceGoal.ToString()], finding.GetProperty("itemIds").EnumerateArray().Select(i => i.GetString()));

        // 6-7. The lead's case closes: the lead is reassigned by the same rules.
        Assert.Equal(HttpStatusCode.OK, (await socialSystem.PostAsJsonAsync($"/api/social/cases/{placement}/close", new { reason = "moved home" })).StatusCode);
        var reassigned = await ViewWhenAsync(caseworker, citizenId, v => v.GetProperty("lead").ValueKind == JsonValueKind.Object
            && v.GetProperty("lead").GetProperty("caseworkerId").GetString() != "cw-17", "the lead to be reassigned");
        Assert.Equal("cw-41", reassigned.GetProperty("lead").GetProperty("caseworkerId").GetString());
        Assert.StartsWith("heaviest case: resource-programme in employment", reassigned.GetProperty("lead").GetProperty("reason").GetString());

        // 8. A third centre's case opens, then two cases close.
        var aftercare = await OpenAsync(aftercareSystem, "aftercare", "contact-person", "cw-9");
        await ViewWhenAsync(caseworker, citizenId, v => v.GetProperty("centres").EnumerateArray().Any(c => c.GetProperty("caseId").GetGuid() == aftercare), "the aftercare case");
        Assert.Equal(HttpStatusCode.OK, (await socialSystem.PostAsJsonAsync($"/api/social/cases/{familySupport}/close", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await employmentSystem.PostAsJsonAsync($"/api/employment/cases/{programme}/close", new { })).StatusCode);

        // 9. Coordination ends: the lead is released and the plan archived.
        using var aftercareWorker = Reader(TestSecrets.Caseworker("cw-9", "aftercare"));
        var ended = await ViewWhenAsync(aftercareWorker, citizenId, v => !v.GetProperty("crossDepartmental").GetBoolean(), "coordination to end");
        Assert.Equal(JsonValueKind.Null, ended.GetProperty("lead").ValueKind);
        Assert.Equal("archived", ended.GetProperty("plan").GetProperty("status").GetString());
        var history = ended.GetProperty("leadHistory").EnumerateArray().ToList();
        Assert.Equal(["cw-41", "cw-17"], history.Select(h => h.GetProperty("caseworkerId").GetString()));
        Assert.StartsWith("coordination ended", history[0].GetProperty("releaseReason").GetString());
    }

    private HttpClient Reader(string token)
    {
        var client = _hub.GatewayClient(token);
        client.DefaultRequestHeaders.Add("X-Purpose", "coordinating the citizen's plan");
        return client;
    }

    private async Task PublishAsync(params ICitizenEvent[] events)
    {
        foreach (var e in events) await _centreBus.Publish((object)e);
    }

    private static async Task<Guid> OpenAsync(HttpClient system, string department, string caseType, string caseworkerId)
    {
        var response = await system.PostAsJsonAsync($"/api/{department}/cases", new { cpr = Cpr, caseType, caseworkerId });
        return (await JsonAsync(Task.FromResult(response))).GetProperty("caseId").GetGuid();
    }

    private static async Task<string> LookupAsync(HttpClient client)
    {
        var found = await Eventually.ReturnsAsync(
            () => client.PostAsJsonAsync("/api/citizens/lookup", new { cpr = Cpr }),
            response => response.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "the hub to know the citizen");
        return (await found.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("citizenId").GetString()!;
    }

    private static Task<JsonElement> ViewWhenAsync(HttpClient client, string citizenId, Func<JsonElement, bool> done, string what) =>
        Eventually.ReturnsAsync(() => JsonAsync(client.GetAsync($"/api/citizens/{citizenId}")), done, TimeSpan.FromSeconds(30), what);

    private static async Task<JsonElement> JsonAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }
}
