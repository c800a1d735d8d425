using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Contracts.Cases;
using Hub.Contracts.Coordination;
using Hub.Testing;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests;

/// <summary>Case events travel from a centre's endpoint through the outbox and the bus into the hub's registry.</summary>
public sealed class CaseLifecycleTests(HubFactory factory) : IClassFixture<HubFactory>
{
    private ITestHarness Harness => factory.Services.GetTestHarness();

    [Fact]
    public async Task Opening_cases_in_two_centres_publishes_events_and_makes_the_citizen_cross_departmental()
    {
        using var social = factory.ClientWith(TestSecrets.DepartmentSystem("social"));
        using var employment = factory.ClientWith(TestSecrets.DepartmentSystem("employment"));
        using var caseworker = factory.ClientWith(TestSecrets.Caseworker("cw-17", "social"));
        caseworker.DefaultRequestHeaders.Add("X-Purpose", "case-work");

        var first = await social.PostAsJsonAsync("/api/social/cases", new { cpr = "121212-1212", caseType = "placement", caseworkerId = "cw-17" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var caseId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetGuid();
        Assert.True(await Harness.ConsumedAsync<CaseOpened>(e => e.CaseId == caseId));

        var second = await employment.PostAsJsonAsync("/api/employment/cases", new { cpr = "121212-1212", caseType = "cash-benefit", caseworkerId = "cw-40" });
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.True(await Harness.PublishedAsync<CitizenBecameCrossDepartmental>(_ => true));

        var lookup = await caseworker.PostAsJsonAsync("/api/citizens/lookup", new { cpr = "121212-1212" });
        var citizenId = (await lookup.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("citizenId").GetString();
        var view = await caseworker.GetFromJsonAsync<JsonElement>($"/api/citizens/{citizenId}");
        Assert.True(view.GetProperty("crossDepartmental").GetBoolean());
        // Need-to-know: without consent the social caseworker sees only the social centre's case.
        Assert.Equal(1, view.GetProperty("centres").GetArrayLength());
        Assert.True(view.GetProperty("awaitingConsent").GetBoolean());
    }

    [Fact]
    public async Task Closing_a_case_publishes_case_closed_with_the_next_sequence_and_a_second_close_is_409()
    {
        using var aftercare = factory.ClientWith(TestSecrets.DepartmentSystem("aftercare"));
        var opened = await aftercare.PostAsJsonAsync("/api/aftercare/cases", new { cpr = "020202-4020", caseType = "housing-support", caseworkerId = "cw-9" });
        var caseId = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetGuid();

        var closed = await aftercare.PostAsJsonAsync($"/api/aftercare/cases/{caseId}/close", new { reason = "moved" });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.True(await Harness.ConsumedAsync<CaseClosed>(e => e.CaseId == caseId && e.Sequence == 2));

        var again = await aftercare.PostAsJsonAsync($"/api/aftercare/cases/{caseId}/close", new { });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Open_is_idempotent_on_external_id()
    {
        using var social = factory.ClientWith(TestSecrets.DepartmentSystem("social"));
        var body = new { cpr = "030303-3033", caseType = "family-support", caseworkerId = "cw-3", externalId = "sag-2024-77" };
        var first = await (await social.PostAsJsonAsync("/api/social/cases", body)).Content.ReadFromJsonAsync<JsonElement>();
        var retry = await social.PostAsJsonAsync("/api/social/cases", body);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(first.GetProperty("caseId").GetGuid(), (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetGuid());
        var caseId = first.GetProperty("caseId").GetGuid();
        Assert.Equal(1, Harness.Published.Select<CaseOpened>().Count(m => m.Context.Message.CaseId == caseId));
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("employment", HttpStatusCode.Forbidden)]
    public async Task The_service_itself_refuses_callers_the_gateway_would_refuse(string? callerDepartment, HttpStatusCode expected)
    {
        using var client = factory.ClientWith(callerDepartment is null ? null : TestSecrets.DepartmentSystem(callerDepartment));
        var response = await client.PostAsJsonAsync("/api/social/cases", new { cpr = "121212-1212", caseType = "placement", caseworkerId = "cw-17" });
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_invalid_cpr_is_a_400_that_names_the_field_and_changes_nothing()
    {
        using var social = factory.ClientWith(TestSecrets.DepartmentSystem("social"));
        var response = await social.PostAsJsonAsync("/api/social/cases", new { cpr = "999999-9999", caseType = "placement", caseworkerId = "cw-invalid" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("cpr", out var cprErrors));
        Assert.DoesNotContain("999999", cprErrors.ToString());
        Assert.True(await Harness.NothingPublishedAsync<CaseOpened>(e => e.CaseworkerId == "cw-invalid"));
    }
}
