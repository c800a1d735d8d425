using System.Net;
using System.Text;
using System.Text.Json;
using Hub.Testing;

namespace Hub.IntegrationTests.Departments;

/// <summary>
/// Malformed requests across every ingest endpoint: each is a 4xx ProblemDetails, never a 5xx, and
/// changes nothing (no outbox row in any centre, the case reads the same).
/// </summary>
public sealed class BadInputTests(BadInputFixture hub) : IClassFixture<BadInputFixture>
{
    private static readonly string Long65 = new('a', 65);
    private static readonly string Long201 = new('b', 201);
    private static readonly string Long2001 = new('c', 2001);
    private const string Cases = "/api/social/cases";
    private const string Open = "/api/social/cases/{open}";

    public static TheoryData<string, string, string, string?, string?, int> Requests => new()
    {
        // name, method, path, body, caller's centre ("-" = no token, "cw:x" = caseworker of x), expected status
        { "open: no body", "POST", Cases, null, "social", 400 },
        { "open: empty object", "POST", Cases, "{}", "social", 400 },
        { "open: cpr day 32", "POST", Cases, """{"cpr":"320185-1234","caseType":"placement","caseworkerId":"cw-1"}""", "social", 400 },
        { "open: cpr with letters", "POST", Cases, """{"cpr":"12ab56-1234","caseType":"placement","caseworkerId":"cw-1"}""", "social", 400 },
        { "open: cpr too short", "POST", Cases, """{"cpr":"12125-1234","caseType":"placement","caseworkerId":"cw-1"}""", "social", 400 },
        { "open: cpr month 13", "POST", Cases, """{"cpr":"011385-1234","caseType":"placement","caseworkerId":"cw-1"}""", "social", 400 },
        { "open: cpr as a number", "POST", Cases, """{"cpr":1212121212,"caseType":"placement","caseworkerId":"cw-1"}""", "social", 400 },
        { "open: unknown case type", "POST", Cases, """{"cpr":"121212-1212","caseType":"gardening","caseworkerId":"cw-1"}""", "social", 400 },
        { "open: another centre's case type", "POST", Cases, """{"cpr":"121212-1212","caseType":"cash-benefit","caseworkerId":"cw-1"}""", "social", 400 },
        { "open: caseworkerId too long", "POST", Cases, $$"""{"cpr":"121212-1212","caseType":"placement","caseworkerId":"{{Long65}}"}""", "social", 400 },
        { "open: caseworkerId with spaces", "POST", Cases, """{"cpr":"121212-1212","caseType":"placement","caseworkerId":"cw 1"}""", "social", 400 },
        { "open: caseworkerName too long", "POST", Cases, $$"""{"cpr":"121212-1212","caseType":"placement","caseworkerId":"cw-1","caseworkerName":"{{Long201}}"}""", "social", 400 },
        { "open: openedAt in the future", "POST", Cases, """{"cpr":"121212-1212","caseType":"placement","caseworkerId":"cw-1","openedAt":"2099-01-01T00:00:00Z"}""", "social", 400 },
        { "open: openedAt not a date", "POST", Cases, """{"cpr":"121212-1212","caseType":"placement","caseworkerId":"cw-1","openedAt":"yesterday"}""", "social", 400 },
        { "open: malformed JSON", "POST", Cases, """{"cpr":"121212-1212",""", "social", 400 },
        { "open: array instead of object", "POST", Cases, "[]", "social", 400 },
        { "open: another centre's system", "POST", Cases, """{"cpr":"121212-1212","caseType":"placement","caseworkerId":"cw-1"}""", "employment", 403 },
        { "open: another centre's caseworker", "POST", "/api/employment/cases", """{"cpr":"121212-1212","caseType":"cash-benefit","caseworkerId":"cw-1"}""", "cw:social", 403 },
        { "open: no token", "POST", Cases, """{"cpr":"121212-1212","caseType":"placement","caseworkerId":"cw-1"}""", "-", 401 },
        { "close: unknown case", "POST", "/api/social/cases/{missing}/close", "{}", "social", 404 },
        { "close: closed case", "POST", "/api/social/cases/{closed}/close", "{}", "social", 409 },
        { "close: closedAt in the future", "POST", Open + "/close", """{"closedAt":"2099-01-01T00:00:00Z"}""", "social", 400 },
        { "close: closedAt before openedAt", "POST", Open + "/close", """{"closedAt":"1990-01-01T00:00:00Z"}""", "social", 400 },
        { "close: reason too long", "POST", Open + "/close", $$"""{"reason":"{{Long2001}}"}""", "social", 400 },
        { "caseworker: missing id", "PUT", Open + "/caseworker", "{}", "social", 400 },
        { "caseworker: closed case", "PUT", "/api/social/cases/{closed}/caseworker", """{"caseworkerId":"cw-2"}""", "social", 409 },
        { "caseworker: unknown case", "PUT", "/api/social/cases/{missing}/caseworker", """{"caseworkerId":"cw-2"}""", "social", 404 },
        { "intervention: empty object", "POST", Open + "/interventions", "{}", "social", 400 },
        { "intervention: unknown type", "POST", Open + "/interventions", """{"type":"yoga","legalBasis":"§ 1","startsOn":"2026-01-01"}""", "social", 400 },
        { "intervention: another centre's type", "POST", Open + "/interventions", """{"type":"wage-subsidy","legalBasis":"§ 1","startsOn":"2026-01-01"}""", "social", 400 },
        { "intervention: type as a number", "POST", Open + "/interventions", """{"type":5,"legalBasis":"§ 1","startsOn":"2026-01-01"}""", "social", 400 },
        { "intervention: startsOn missing", "POST", Open + "/interventions", """{"type":"mentor","legalBasis":"§ 1"}""", "social", 400 },
        { "intervention: startsOn month 13", "POST", Open + "/interventions", """{"type":"mentor","legalBasis":"§ 1","startsOn":"2026-13-01"}""", "social", 400 },
        { "intervention: planned end before start", "POST", Open + "/interventions", """{"type":"mentor","legalBasis":"§ 1","startsOn":"2026-05-01","plannedEndOn":"2026-04-30"}""", "social", 400 },
        { "intervention: legalBasis too long", "POST", Open + "/interventions", $$"""{"type":"mentor","legalBasis":"{{Long201}}","startsOn":"2026-01-01"}""", "social", 400 },
        { "intervention: description too long", "POST", Open + "/interventions", $$"""{"type":"mentor","legalBasis":"§ 1","startsOn":"2026-01-01","description":"{{Long2001}}"}""", "social", 400 },
        { "intervention: unknown goal", "POST", Open + "/interventions", """{"type":"mentor","legalBasis":"§ 1","startsOn":"2026-01-01","goalIds":["{missing}"]}""", "social", 404 },
        { "intervention: goalIds not a list", "POST", Open + "/interventions", """{"type":"mentor","legalBasis":"§ 1","startsOn":"2026-01-01","goalIds":"x"}""", "social", 400 },
        { "intervention: closed case", "POST", "/api/social/cases/{closed}/interventions", """{"type":"mentor","legalBasis":"§ 1","startsOn":"2026-01-01"}""", "social", 409 },
        { "intervention: unknown case", "POST", "/api/social/cases/{missing}/interventions", """{"type":"mentor","legalBasis":"§ 1","startsOn":"2026-01-01"}""", "social", 404 },
        { "intervention: case id not a guid", "POST", "/api/social/cases/not-a-guid/interventions", """{"type":"mentor","legalBasis":"§ 1","startsOn":"2026-01-01"}""", "social", 404 },
        { "end: unknown intervention", "POST", Open + "/interventions/{missing}/end", "{}", "social", 404 },
        { "end: before its start", "POST", Open + "/interventions/{intervention}/end", """{"endedOn":"2025-12-31"}""", "social", 400 },
        { "end: already ended", "POST", Open + "/interventions/{ended}/end", "{}", "social", 409 },
        { "end: endedOn not a date", "POST", Open + "/interventions/{intervention}/end", """{"endedOn":"soon"}""", "social", 400 },
        { "goal: text missing", "POST", Open + "/goals", """{"currentLevel":1}""", "social", 400 },
        { "goal: current level 5", "POST", Open + "/goals", """{"text":"x","currentLevel":5}""", "social", 400 },
        { "goal: target level -1", "POST", Open + "/goals", """{"text":"x","targetLevel":-1}""", "social", 400 },
        { "goal: level as a word", "POST", Open + "/goals", """{"text":"x","currentLevel":"high"}""", "social", 400 },
        { "goal: text too long", "POST", Open + "/goals", $$"""{"text":"{{Long2001}}"}""", "social", 400 },
        { "goal: fsiiiCondition too long", "POST", Open + "/goals", $$"""{"text":"x","fsiiiCondition":"{{Long201}}"}""", "social", 400 },
        { "progress: level 7", "POST", Open + "/goals/{goal}/progress", """{"currentLevel":7}""", "social", 400 },
        { "progress: level missing", "POST", Open + "/goals/{goal}/progress", """{"note":"n"}""", "social", 400 },
        { "progress: level 2.5", "POST", Open + "/goals/{goal}/progress", """{"currentLevel":2.5}""", "social", 400 },
        { "progress: unknown goal", "POST", Open + "/goals/{missing}/progress", """{"currentLevel":1}""", "social", 404 },
        { "contact: unknown kind", "POST", Open + "/contacts", """{"kind":"email","at":"2026-01-01T10:00:00Z"}""", "social", 400 },
        { "contact: kind missing", "POST", Open + "/contacts", """{"at":"2026-01-01T10:00:00Z"}""", "social", 400 },
        { "contact: at missing", "POST", Open + "/contacts", """{"kind":"phone"}""", "social", 400 },
        { "contact: at in the future", "POST", Open + "/contacts", """{"kind":"phone","at":"2099-01-01T10:00:00Z"}""", "social", 400 },
        { "contact: unknown participant", "POST", Open + "/contacts", """{"kind":"phone","at":"2026-01-01T10:00:00Z","participants":["finance"]}""", "social", 400 },
        { "contact: participants not a list", "POST", Open + "/contacts", """{"kind":"phone","at":"2026-01-01T10:00:00Z","participants":"social"}""", "social", 400 },
        { "notification: bad cpr", "POST", "/api/social/notifications", """{"cpr":"310285-1234","receivedAt":"2026-01-01T10:00:00Z"}""", "social", 400 },
        { "notification: receivedAt missing", "POST", "/api/social/notifications", """{"cpr":"121212-1212"}""", "social", 400 },
        { "notification: source too long", "POST", "/api/social/notifications", $$"""{"cpr":"121212-1212","receivedAt":"2026-01-01T10:00:00Z","source":"{{Long201}}"}""", "social", 400 },
        { "notification: unknown case", "POST", "/api/social/notifications", """{"cpr":"121212-1212","receivedAt":"2026-01-01T10:00:00Z","caseId":"{missing}"}""", "social", 404 },
        { "notification: not social services", "POST", "/api/employment/notifications", """{"cpr":"121212-1212","receivedAt":"2026-01-01T10:00:00Z"}""", "employment", 404 },
        { "notification: another centre's system", "POST", "/api/social/notifications", """{"cpr":"121212-1212","receivedAt":"2026-01-01T10:00:00Z"}""", "aftercare", 403 },
        { "assess: unknown notification", "POST", "/api/social/notifications/{missing}/assess", """{"assessedAt":"2026-01-06T10:00:00Z","outcome":"x"}""", "social", 404 },
        { "assess: outcome missing", "POST", "/api/social/notifications/{notification}/assess", """{"assessedAt":"2026-01-06T10:00:00Z"}""", "social", 400 },
        { "assess: before it was received", "POST", "/api/social/notifications/{notification}/assess", """{"assessedAt":"2026-01-01T10:00:00Z","outcome":"x"}""", "social", 400 },
        { "assess: already assessed", "POST", "/api/social/notifications/{assessed}/assess", """{"assessedAt":"2026-01-07T10:00:00Z","outcome":"x"}""", "social", 409 },
        { "assess: outcome too long", "POST", "/api/social/notifications/{notification}/assess", $$"""{"assessedAt":"2026-01-06T10:00:00Z","outcome":"{{Long2001}}"}""", "social", 400 },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task A_malformed_request_is_a_4xx_problem_and_changes_nothing(string name, string method, string path, string? body, string? caller, int expected)
    {
        using var reader = hub.ClientWith(TestSecrets.DepartmentSystem("social"));
        var caseBefore = await reader.GetStringAsync(hub.Resolve("/api/social/cases/{open}"));
        var outboxBefore = await hub.OutboxRowsAsync();

        using var client = hub.ClientWith(Token(caller));
        using var request = new HttpRequestMessage(new HttpMethod(method), hub.Resolve(path));
        if (body is not null) request.Content = new StringContent(hub.Resolve(body), Encoding.UTF8, "application/json");
        using var response = await client.SendAsync(request);

        var answer = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expected, $"{name}: expected {expected}, got {(int)response.StatusCode}: {answer}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(answer).RootElement;
        Assert.Equal(expected, problem.GetProperty("status").GetInt32());
        Assert.DoesNotContain("121212", answer);
        Assert.Equal(outboxBefore, await hub.OutboxRowsAsync());
        Assert.Equal(caseBefore, await reader.GetStringAsync(hub.Resolve("/api/social/cases/{open}")));
    }

    private static string? Token(string? caller) => caller switch
    {
        "-" => null,
        _ when caller!.StartsWith("cw:", StringComparison.Ordinal) => TestSecrets.Caseworker("cw-1", caller[3..]),
        _ => TestSecrets.DepartmentSystem(caller),
    };
}
