using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using Hub.Testing;
using Microsoft.Data.Sqlite;

namespace Hub.IntegrationTests.Departments;

/// <summary>
/// <c>POST /api/{department}/batch</c>: a result per command in one transaction, the single endpoints' validation and
/// idempotency, one event per applied command in order and exactly once at the hub, and whole-request errors that
/// change nothing.
/// </summary>
public sealed class BatchTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact]
    public async Task A_mixed_batch_answers_per_command_and_reaches_the_hub_once_in_order()
    {
        using var social = hub.ClientWith(TestSecrets.DepartmentSystem("social"));
        var earlierCpr = TestCpr.Adult();
        var earlier = new { cpr = earlierCpr, caseType = "adult-support", caseworkerId = "cw-1", externalId = "bt-earlier" };
        var earlierCaseId = await DepartmentClient.IdFromAsync(await social.PostAsJsonAsync("/api/social/cases", earlier), "caseId");
        var cpr = TestCpr.Adult();

        var batch = await PostBatchAsync(social, "social",
            new { type = "case.open", messageId = "bt/open", body = new { cpr, caseType = "family-support", caseworkerId = "cw-1", externalId = "bt-1" } },
            new { type = "intervention.add", messageId = "bt/mentor", caseExternalId = "bt-1", body = new { type = "mentor", legalBasis = "Barnets Lov § 32", startsOn = "2026-02-01" } },
            new { type = "case.open", messageId = "bt/bad-cpr", body = new { cpr = "320185-1234", caseType = "family-support", caseworkerId = "cw-1" } },
            new { type = "case.open", messageId = "bt/earlier-again", body = earlier },
            new { type = "intervention.add", messageId = "bt/mentor", caseExternalId = "bt-1", body = new { type = "mentor", legalBasis = "Barnets Lov § 32", startsOn = "2026-02-01" } },
            new { type = "goal.add", messageId = "bt/unknown-case", caseExternalId = "bt-nobody", body = new { text = "x" } },
            new { type = "goal.add", messageId = "bt/goal", caseExternalId = "bt-1", body = new { text = "Goes to school", currentLevel = 3 } },
            new { type = "case.delete", messageId = "bt/delete" });

        var results = batch.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7], results.Select(r => r.GetProperty("index").GetInt32()));
        Assert.Equal([201, 201, 400, 201, 201, 404, 201, 400], results.Select(r => r.GetProperty("status").GetInt32()));
        Assert.Equal([false, false, false, false, true, false, false, false], results.Select(r => r.GetProperty("replayed").GetBoolean()));
        Assert.Equal((4, 1, 3), (batch.GetProperty("applied").GetInt32(), batch.GetProperty("replayed").GetInt32(), batch.GetProperty("refused").GetInt32()));
        var caseId = results[0].GetProperty("result").GetProperty("caseId").GetGuid();
        var mentorId = results[1].GetProperty("result").GetProperty("interventionId").GetGuid();
        Assert.Equal(mentorId, results[4].GetProperty("result").GetProperty("interventionId").GetGuid());
        Assert.Equal(earlierCaseId, results[3].GetProperty("result").GetProperty("caseId").GetGuid());
        Assert.True(results[2].GetProperty("problem").GetProperty("errors").TryGetProperty("cpr", out _));
        Assert.Equal("Case not found.", results[5].GetProperty("problem").GetProperty("title").GetString());
        Assert.Contains("'type' must be one of", results[7].GetProperty("problem").GetProperty("detail").GetString());
        Assert.DoesNotContain("320185", batch.GetRawText());
        Assert.DoesNotContain(cpr, batch.GetRawText());

        // The centre: one event per applied command, in the order sent; none for the earlier case's duplicate.
        Assert.Equal(
            [("Hub.Contracts.Cases.CaseOpened", 1L), ("Hub.Contracts.Interventions.InterventionAdded", 2L), ("Hub.Contracts.Goals.GoalSet", 3L)],
            await OutboxOfCaseAsync(caseId));
        Assert.Single(await OutboxOfCaseAsync(earlierCaseId));
        var view = await social.GetFromJsonAsync<JsonElement>($"/api/social/cases/{caseId}");
        Assert.Single(view.GetProperty("interventions").EnumerateArray());
        Assert.Single(view.GetProperty("goals").EnumerateArray());

        // The hub: each event applied once, in sequence.
        var citizenId = TestSecrets.CitizenIdOf(cpr);
        await Eventually.ReturnsAsync(() => HubTimelineAsync(citizenId), t => t.Count == 3, TimeSpan.FromSeconds(15), "three entries on the hub's timeline");
        await StateSnapshot.TakeSettledAsync(hub);
        Assert.Equal([("case-opened", 1L), ("intervention-added", 2L), ("goal-set", 3L)], await HubTimelineAsync(citizenId));
    }

    [Fact]
    public async Task A_replayed_batch_answers_as_before_and_changes_nothing()
    {
        using var employment = hub.ClientWith(TestSecrets.DepartmentSystem("employment"));
        var commands = new object[]
        {
            new { type = "case.open", messageId = "rp/open", body = new { cpr = TestCpr.Adult(), caseType = "cash-benefit", caseworkerId = "cw-40", externalId = "rp-1" } },
            new { type = "goal.add", messageId = "rp/goal", caseExternalId = "rp-1", body = new { text = "Works 10 hours a week" } },
            new { type = "contact.record", messageId = "rp/contact", caseExternalId = "rp-1", body = new { kind = "phone", at = "2026-02-03T10:00:00+01:00" } },
            new { type = "goal.add", messageId = "rp/bad", caseExternalId = "rp-1", body = new { text = "x", currentLevel = 9 } },
        };
        var first = await PostBatchAsync(employment, "employment", commands);
        var settled = await StateSnapshot.TakeSettledAsync(hub);

        var again = await PostBatchAsync(employment, "employment", commands);

        Assert.Equal("", StateSnapshot.Difference(settled, await StateSnapshot.TakeSettledAsync(hub)));
        Assert.Equal((3, 0, 1), (first.GetProperty("applied").GetInt32(), first.GetProperty("replayed").GetInt32(), first.GetProperty("refused").GetInt32()));
        Assert.Equal((0, 3, 1), (again.GetProperty("applied").GetInt32(), again.GetProperty("replayed").GetInt32(), again.GetProperty("refused").GetInt32()));
        var before = first.GetProperty("results").EnumerateArray().ToArray();
        var after = again.GetProperty("results").EnumerateArray().ToArray();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(before[i].GetProperty("status").GetInt32(), after[i].GetProperty("status").GetInt32());
            Assert.Equal(before[i].GetProperty("result").GetRawText(), after[i].GetProperty("result").GetRawText());
        }

        Assert.Equal(400, after[3].GetProperty("status").GetInt32());
    }

    public static TheoryData<string, string?, string, string?, int> WholeRequestErrors => new()
    {
        // name, body, content type, caller ("cw" = a caseworker of the centre, else a centre's system), expected status
        { "not JSON", "commands: all of them", "application/json", "social", 400 },
        { "malformed JSON", """{"commands":[{"type":""", "application/json", "social", 400 },
        { "no body", null, "application/json", "social", 400 },
        { "no commands", "{}", "application/json", "social", 400 },
        { "empty list", """{"commands":[]}""", "application/json", "social", 400 },
        { "commands not a list", """{"commands":{"type":"case.open"}}""", "application/json", "social", 400 },
        { "501 commands", Commands(501), "application/json", "social", 413 },
        { "wrong content type", Commands(1), "text/plain", "social", 415 },
        { "another centre's system", Commands(1), "application/json", "employment", 403 },
        { "a caseworker of the centre", Commands(1), "application/json", "cw", 403 },
        { "no token", Commands(1), "application/json", null, 401 },
    };

    [Theory]
    [MemberData(nameof(WholeRequestErrors))]
    public async Task A_request_that_is_no_batch_is_a_problem_and_changes_nothing(string name, string? body, string contentType, string? caller, int expected)
    {
        using var client = hub.ClientWith(caller switch
        {
            null => null,
            "cw" => TestSecrets.Caseworker("cw-1", "social"),
            _ => TestSecrets.DepartmentSystem(caller),
        });
        var before = await StateSnapshot.TakeSettledAsync(hub);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/social/batch");
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, contentType);
        using var response = await client.SendAsync(request);

        var answer = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expected, $"{name}: expected {expected}, got {(int)response.StatusCode}: {answer}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("", StateSnapshot.Difference(before, await StateSnapshot.TakeAsync(hub)));
    }

    [Fact]
    public async Task A_command_that_is_no_envelope_is_refused_alone_and_never_a_5xx()
    {
        using var aftercare = hub.ClientWith(TestSecrets.DepartmentSystem("aftercare"));
        var json = $$$"""
            {"commands":[null, 42, "case.open", [], {"type":"case.open"}, {"type":"case.open","messageId":"ne/1","caseId":"not-a-guid"},
              {"type":"case.close","messageId":"ne/2"}, {"type":"case.open","messageId":"ne/3","body":{"cpr":1234}},
              {"type":"notification.receive","messageId":"ne/4","body":{"cpr":"{{{TestCpr.Adult()}}}","receivedAt":"2026-01-01T10:00:00Z"}},
              {"type":"case.open","messageId":"ne/5","body":{"cpr":"{{{TestCpr.Adult()}}}","caseType":"housing-support","caseworkerId":"cw-5"}}]}
            """;
        using var response = await aftercare.PostAsync("/api/aftercare/batch", new StringContent(json, Encoding.UTF8, "application/json"));
        var answer = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, answer);
        var statuses = JsonDocument.Parse(answer).RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("status").GetInt32());
        Assert.Equal([400, 400, 400, 400, 400, 400, 400, 400, 404, 201], statuses);
    }

    private static string Commands(int count) => JsonSerializer.Serialize(new
    {
        commands = Enumerable.Range(0, count).Select(i => new
        {
            type = "case.open", messageId = $"many/{i}", body = new { cpr = TestCpr.Adult(), caseType = "placement", caseworkerId = "cw-1", externalId = $"many-{i}" },
        }),
    });

    private static async Task<JsonElement> PostBatchAsync(HttpClient client, string department, params object[] commands)
    {
        using var response = await client.PostAsJsonAsync($"/api/{department}/batch", new { commands });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private async Task<List<(string, long)>> OutboxOfCaseAsync(Guid caseId)
    {
        await using var connection = new SqliteConnection($"Data Source={hub.DatabasePath("social")};Mode=ReadOnly");
        var rows = await connection.QueryAsync<(string Type, string Body)>("SELECT message_type, body FROM outbox_messages ORDER BY position");
        return rows.Select(r => (r.Type, Body: JsonDocument.Parse(r.Body).RootElement))
            .Where(r => r.Body.TryGetProperty("caseId", out var id) && id.ValueKind == JsonValueKind.String && id.GetGuid() == caseId)
            .Select(r => (r.Type, r.Body.GetProperty("sequence").GetInt64()))
            .ToList();
    }

    private async Task<List<(string, long)>> HubTimelineAsync(string citizenId)
    {
        await using var connection = new SqliteConnection($"Data Source={hub.DatabasePath("coordination")};Mode=ReadOnly");
        var rows = await connection.QueryAsync<(string Kind, long Sequence)>(
            "SELECT kind, sequence FROM timeline_entries WHERE citizen_id = @CitizenId ORDER BY sequence", new { CitizenId = citizenId });
        return rows.ToList();
    }
}
