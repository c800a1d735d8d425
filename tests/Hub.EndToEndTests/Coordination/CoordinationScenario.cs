using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Testing;

namespace Hub.EndToEndTests.Coordination;

/// <summary>
/// Issue 4's done-when scenario, every call through the gateway of a running topology: two centres,
/// awaiting consent, consent, a lead with its reason, a plan with both centres' goals and interventions
/// and a finding, the lead's case closing and reassignment, a third centre, coordination ending.
/// Shared by the scenario test and the privacy test that searches its output for CPR numbers.
/// </summary>
public sealed class CoordinationScenario(HubTopology hub, string cpr)
{
    public async Task RunAsync()
    {
        using var socialSystem = hub.GatewayClient(TestSecrets.DepartmentSystem("social"));
        using var employmentSystem = hub.GatewayClient(TestSecrets.DepartmentSystem("employment"));
        using var aftercareSystem = hub.GatewayClient(TestSecrets.DepartmentSystem("aftercare"));
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
            new { scope = new[] { "social", "employment", "aftercare" }, purpose = "one combined plan", evidence = new { givenBy = "citizen", kind = "signed-form", reference = "form-2026-118" } });
        Assert.Equal(HttpStatusCode.Created, consent.StatusCode);

        // 4. A lead, with the reason.
        var led = await ViewWhenAsync(caseworker, citizenId, v => v.GetProperty("lead").ValueKind == JsonValueKind.Object, "a lead");
        Assert.Equal("cw-17", led.GetProperty("lead").GetProperty("caseworkerId").GetString());
        Assert.StartsWith("heaviest case: placement in social", led.GetProperty("lead").GetProperty("reason").GetString());

        // 5. Both centres' goals and interventions, reported by the centres, in the plan; a goal with no intervention.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var homeGoal = await PostForIdAsync(socialSystem, $"/api/social/cases/{familySupport}/goals", new { text = "Stable home", currentLevel = 3, targetLevel = 1 }, "goalId");
        var workGoal = await PostForIdAsync(employmentSystem, $"/api/employment/cases/{programme}/goals", new { text = "Back to work", currentLevel = 3, targetLevel = 1 }, "goalId");
        var licenceGoal = await PostForIdAsync(employmentSystem, $"/api/employment/cases/{programme}/goals", new { text = "Driving licence", currentLevel = 2, targetLevel = 0 }, "goalId");
        await PostForIdAsync(socialSystem, $"/api/social/cases/{familySupport}/interventions", new
        {
            type = "family-treatment", legalBasis = "BL § 32", startsOn = today.AddDays(-7), plannedEndOn = today.AddMonths(6), goalIds = new[] { homeGoal },
        }, "interventionId");
        await PostForIdAsync(employmentSystem, $"/api/employment/cases/{programme}/interventions", new
        {
            type = "internship", legalBasis = "LAB § 42", startsOn = today.AddDays(-3), plannedEndOn = today.AddMonths(3), goalIds = new[] { workGoal },
        }, "interventionId");
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
        // Issue 13: the other centres' cases are closed, so aftercare no longer sees their leads (they were social and employment).
        Assert.Empty(ended.GetProperty("leadHistory").EnumerateArray());

        // Every read above is in the access log with its purpose; the citizen's version shows dates and purposes.
        using var aftercareLeader = Reader(TestSecrets.TeamLeader("tl-9", "aftercare"));
        var log = await JsonAsync(aftercareLeader.GetAsync($"/api/citizens/{citizenId}/access-log"));
        Assert.All(log.GetProperty("entries").EnumerateArray(), e => Assert.Equal("aftercare", e.GetProperty("readerDepartment").GetString()));
        using var citizenAsked = Reader(TestSecrets.Caseworker("cw-9", "aftercare"), "citizen-request");
        var own = await JsonAsync(citizenAsked.GetAsync($"/api/citizens/{citizenId}/access-log?view=citizen"));
        Assert.Contains(own.GetProperty("entries").EnumerateArray(), e => e.GetProperty("purpose").GetString() == Purpose);
        Assert.All(own.GetProperty("entries").EnumerateArray(), e => Assert.False(e.TryGetProperty("readerId", out _)));
    }

    private const string Purpose = "coordination: the citizen's combined plan";

    private HttpClient Reader(string token, string purpose = Purpose)
    {
        var client = hub.GatewayClient(token);
        client.DefaultRequestHeaders.Add("X-Purpose", purpose);
        return client;
    }

    private async Task<Guid> OpenAsync(HttpClient system, string department, string caseType, string caseworkerId) =>
        await PostForIdAsync(system, $"/api/{department}/cases", new { cpr, caseType, caseworkerId }, "caseId");

    private static async Task<Guid> PostForIdAsync(HttpClient client, string path, object body, string idField) =>
        (await JsonAsync(client.PostAsJsonAsync(path, body))).GetProperty(idField).GetGuid();

    private async Task<string> LookupAsync(HttpClient client)
    {
        var found = await Eventually.ReturnsAsync(
            () => client.PostAsJsonAsync("/api/citizens/lookup", new { cpr }),
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
