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

        var timeline = await fixture.TimelineAsync(cpr, ("cw-40", "employment"), "case-opened", "goal-set", "intervention-added", "contact");
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

        var timeline = await fixture.TimelineAsync(cpr, ("cw-17", "social"), "case-opened", "intervention-added", "goal-set", "contact");
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

    [Fact]
    public async Task A_batch_through_the_gateway_reaches_the_hub_once_in_order_and_a_replay_changes_nothing()
    {
        const string cpr = "121180-4321";
        using var aftercare = fixture.Hub.GatewayClient(TestSecrets.DepartmentSystem("aftercare"));
        object[] commands =
        [
            new { type = "case.open", messageId = "b-1/open", body = new { cpr, caseType = "housing-support", caseworkerId = "cw-50", externalId = "b-1" } },
            new { type = "goal.add", messageId = "b-1/goal", caseExternalId = "b-1", body = new { text = "Keeps own flat", currentLevel = 3 } },
            new { type = "goal.add", messageId = "b-1/bad", caseExternalId = "b-1", body = new { text = "", currentLevel = 3 } },
            new { type = "intervention.add", messageId = "b-1/mentor", caseExternalId = "b-1", body = new { type = "mentor", legalBasis = "Barnets Lov § 114", startsOn = "2026-02-01" } },
            new { type = "goal.add", messageId = "b-1/goal", caseExternalId = "b-1", body = new { text = "Keeps own flat", currentLevel = 3 } },
            new { type = "contact.record", messageId = "b-1/contact", caseExternalId = "b-1", body = new { kind = "home-visit", at = "2026-02-02T10:00:00+01:00" } },
        ];
        var clock = Stopwatch.StartNew();
        var first = await BatchAsync(aftercare, commands);
        Assert.Equal([201, 201, 400, 201, 201, 201], Statuses(first));

        var timeline = await fixture.TimelineAsync(cpr, ("cw-50", "aftercare"), "case-opened", "goal-set", "intervention-added", "contact");
        output.WriteLine($"A batch through the gateway on the hub's timeline after {clock.ElapsedMilliseconds} ms");
        Assert.Equal([("case-opened", 1L), ("goal-set", 2L), ("intervention-added", 3L), ("contact", 4L)],
            timeline.Select(e => (e.GetProperty("kind").GetString(), e.GetProperty("sequence").GetInt64())).OrderBy(e => e.Item2));

        var again = await BatchAsync(aftercare, commands);
        Assert.Equal(Statuses(first), Statuses(again));
        Assert.Equal((0, 5, 1), (again.GetProperty("applied").GetInt32(), again.GetProperty("replayed").GetInt32(), again.GetProperty("refused").GetInt32()));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(4, (await fixture.TimelineAsync(cpr, ("cw-50", "aftercare"), "contact")).Length);

        using var social = fixture.Hub.GatewayClient(TestSecrets.DepartmentSystem("social"));
        using var caseworker = fixture.Hub.GatewayClient(TestSecrets.Caseworker("cw-50", "aftercare"));
        Assert.Equal(HttpStatusCode.Forbidden, (await social.PostAsJsonAsync("/api/aftercare/batch", new { commands })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.PostAsJsonAsync("/api/aftercare/batch", new { commands })).StatusCode);
    }

    private static async Task<JsonElement> BatchAsync(HttpClient client, object[] commands)
    {
        using var response = await client.PostAsJsonAsync("/api/aftercare/batch", new { commands });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static int[] Statuses(JsonElement batch) => batch.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("status").GetInt32()).ToArray();

    private static async Task<Guid> IdAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Expected 201, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty(field).GetGuid();
    }
}
