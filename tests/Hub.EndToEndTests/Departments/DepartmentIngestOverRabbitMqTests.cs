using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Testing;
using Xunit.Abstractions;

namespace Hub.EndToEndTests.Departments;

/// <summary>
/// A centre's reports over the real broker: through the gateway over HTTP, and as raw JSON published by a
/// foreign system straight onto the centre's ingest exchange.
/// </summary>
public sealed class DepartmentIngestOverRabbitMqTests(DepartmentTopologyFixture fixture, ITestOutputHelper output)
    : IClassFixture<DepartmentTopologyFixture>
{
    [Fact]
    public async Task Open_intervention_goal_and_contact_through_the_gateway_reach_the_hub()
    {
        const string cpr = "040506-4321";
        using var employment = fixture.Hub.GatewayClient(TestSecrets.DepartmentSystem("employment"));
        var clock = Stopwatch.StartNew();
        var caseId = await IdAsync(await employment.PostAsJsonAsync("/api/employment/cases",
            new { cpr, caseType = "resource-programme", caseworkerId = "cw-40" }), "caseId");
        var goalId = await IdAsync(await employment.PostAsJsonAsync($"/api/employment/cases/{caseId}/goals",
            new { text = "Works 10 hours a week", currentLevel = 3, targetLevel = 1 }), "goalId");
        await IdAsync(await employment.PostAsJsonAsync($"/api/employment/cases/{caseId}/interventions",
            new { type = "internship", legalBasis = "LAB § 42", startsOn = "2026-02-01", plannedEndOn = "2026-05-01", goalIds = new[] { goalId } }), "interventionId");
        await IdAsync(await employment.PostAsJsonAsync($"/api/employment/cases/{caseId}/contacts",
            new { kind = "meeting", at = "2026-02-03T10:00:00+01:00", participants = new[] { "social" } }), "contactId");

        var timeline = await fixture.TimelineAsync(cpr, "case-opened", "goal-set", "intervention-added", "contact");
        output.WriteLine($"Four reports through the gateway on the hub's timeline after {clock.ElapsedMilliseconds} ms");
        Assert.All(timeline, e => Assert.Equal("employment", e.GetProperty("department").GetString()));
        Assert.Equal([1L, 2L, 3L, 4L], timeline.Select(e => e.GetProperty("sequence").GetInt64()).Order());

        var view = await employment.GetFromJsonAsync<JsonElement>($"/api/employment/cases/{caseId}");
        Assert.Single(view.GetProperty("interventions").EnumerateArray());
        Assert.Single(view.GetProperty("contacts").EnumerateArray());
    }

    [Fact]
    public async Task Raw_json_from_a_foreign_system_reaches_the_hub_once_even_when_redelivered()
    {
        const string cpr = "101010-4010";
        await using var foreign = await RawIngestPublisher.ConnectAsync(fixture.Hub.VirtualHost);
        var clock = Stopwatch.StartNew();
        await foreign.PublishAsync("social", "sag-77/open", new
        {
            type = "case.open", messageId = "sag-77/open",
            body = new { cpr, caseType = "placement", caseworkerId = "cw-17", externalId = "sag-77" },
        });
        var addMentor = new
        {
            type = "intervention.add", messageId = "sag-77/intervention-1", caseExternalId = "sag-77",
            body = new { type = "mentor", legalBasis = "Barnets Lov § 32", startsOn = "2026-02-01" },
        };
        await foreign.PublishAsync("social", "sag-77/intervention-1", addMentor);
        await foreign.PublishAsync("social", "sag-77/intervention-1", addMentor); // the foreign system's retry
        await foreign.PublishAsync("social", "sag-77/goal-1", new
        {
            type = "goal.add", messageId = "sag-77/goal-1", caseExternalId = "sag-77", body = new { text = "Sleeps at home", currentLevel = 2 },
        });
        await foreign.PublishAsync("social", "sag-77/contact-1", new
        {
            type = "contact.record", messageId = "sag-77/contact-1", caseExternalId = "sag-77",
            body = new { kind = "home-visit", at = "2026-02-02T10:00:00+01:00" },
        });

        var timeline = await fixture.TimelineAsync(cpr, "case-opened", "intervention-added", "goal-set", "contact");
        output.WriteLine($"Raw JSON commands on the hub's timeline after {clock.ElapsedMilliseconds} ms");
        Assert.Single(timeline, e => e.GetProperty("kind").GetString() == "intervention-added");
        Assert.Equal(0u, await foreign.MessageCountAsync("social-ingest_error"));
    }

    [Fact]
    public async Task An_invalid_raw_message_lands_in_the_error_queue_with_its_reason()
    {
        await using var foreign = await RawIngestPublisher.ConnectAsync(fixture.Hub.VirtualHost);
        var errorsBefore = await foreign.MessageCountAsync("aftercare-ingest_error");
        Assert.Equal(0u, errorsBefore);
        await foreign.PublishAsync("aftercare", "bad-1", new
        {
            type = "case.open", messageId = "bad-1",
            body = new { cpr = "310299-1234", caseType = "gardening", caseworkerId = "cw-1" },
        });

        var faulted = await foreign.GetAsync("aftercare-ingest_error", TimeSpan.FromSeconds(30));
        var reason = RawIngestPublisher.Header(faulted, "MT-Fault-Message");
        output.WriteLine($"MT-Fault-Message: {reason}");
        output.WriteLine($"Headers: {string.Join(", ", faulted.BasicProperties.Headers!.Keys)}");
        Assert.Equal("fault", RawIngestPublisher.Header(faulted, "MT-Reason"));
        Assert.EndsWith("PermanentMessageException", RawIngestPublisher.Header(faulted, "MT-Fault-ExceptionType"));
        Assert.Contains("case.open rejected", reason);
        Assert.Contains("cpr:", reason);
        Assert.Contains("caseType:", reason);
        Assert.DoesNotContain("310299", reason);
        Assert.Equal("bad-1", faulted.BasicProperties.MessageId);
        Assert.Contains("\"gardening\"", System.Text.Encoding.UTF8.GetString(faulted.Body.Span));
        Assert.Equal(0u, await foreign.MessageCountAsync("aftercare-ingest"));
    }

    private static async Task<Guid> IdAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Expected 201, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty(field).GetGuid();
    }
}
