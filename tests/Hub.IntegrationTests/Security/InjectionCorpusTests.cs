using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hub.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Security;

/// <summary>
/// SQL-injection strings in every path parameter of every endpoint the hub maps (found at run time,
/// so new endpoints are covered), and in every text field of every request body. Never a 5xx; a refused
/// request changes no state; text that is legitimately free text is stored verbatim; no table is lost.
/// </summary>
public sealed class InjectionCorpusTests(HubFactory hub) : IClassFixture<HubFactory>
{
    public static readonly string[] Injections =
    [
        "' OR '1'='1",
        "'; DROP TABLE cases; --",
        "\" OR \"\"=\"",
        "1; DELETE FROM hub_cases",
        "' UNION SELECT name FROM sqlite_master --",
        "%27%20OR%201%3D1",
        "admin'--",
        "x'; EXEC xp_cmdshell('dir') --",
    ];

    private static readonly string[] Tokens =
    [
        TestSecrets.DepartmentSystem("social"), TestSecrets.Caseworker("cw-1", "social"),
        TestSecrets.TeamLeader("tl-1", "social"), TestSecrets.Ops(),
    ];

    [Fact]
    public async Task Injection_strings_in_path_parameters_of_every_endpoint_are_refused_without_a_5xx_or_any_state_change()
    {
        var routes = hub.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Count > 0 && e.RoutePattern.RawText!.Split('/')[1] is "api" or "ops")
            .ToList();
        Assert.NotEmpty(routes);
        var before = await StateSnapshot.TakeSettledAsync(hub);
        var sent = 0;
        var failures = new List<string>();

        foreach (var route in routes)
        {
            var methods = route.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var injection in Injections)
            foreach (var method in methods)
            {
                var path = PathWith(route, injection);
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method is "POST" or "PUT") request.Content = new StringContent("{\"reason\":\"" + injection.Replace("\"", "\\\"") + "\"}", Encoding.UTF8, "application/json");
                request.Headers.Add("X-Purpose", "audit: " + injection);
                using var client = hub.ClientWith(Tokens[sent % Tokens.Length]);
                using var response = await client.SendAsync(request);
                sent++;
                if ((int)response.StatusCode >= 500 || (int)response.StatusCode < 400)
                {
                    failures.Add($"{method} {path} → {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(sent >= 40, $"only {sent} requests");
        Assert.Equal("", StateSnapshot.Difference(before, await StateSnapshot.TakeSettledAsync(hub)));
    }

    [Fact]
    public async Task Injection_strings_in_ingest_text_fields_are_refused_or_stored_verbatim_and_never_a_5xx()
    {
        using var social = hub.ClientWith(TestSecrets.DepartmentSystem("social"));
        var valid = new Dictionary<string, object?>
        {
            ["cpr"] = "101010-1010", ["caseType"] = "placement", ["caseworkerId"] = "cw-1", ["caseworkerName"] = "Ane", ["externalId"] = null,
        };
        foreach (var field in new[] { "cpr", "caseType", "caseworkerId", "externalId" })
        foreach (var injection in Injections)
        {
            var before = await StateSnapshot.TakeSettledAsync(hub);
            var body = new Dictionary<string, object?>(valid) { [field] = injection };
            var response = await social.PostAsJsonAsync("/api/social/cases", body);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{field}={injection} → {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("", StateSnapshot.Difference(before, await StateSnapshot.TakeAsync(hub)));
        }

        // Free text is stored as given, and nothing else moved.
        foreach (var injection in Injections)
        {
            var body = new Dictionary<string, object?>(valid) { ["caseworkerName"] = injection };
            var created = await social.PostAsJsonAsync("/api/social/cases", body);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var caseId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetGuid();
            var stored = await social.GetFromJsonAsync<JsonElement>($"/api/social/cases/{caseId}");
            Assert.Equal(injection, stored.GetProperty("caseworkerName").GetString());

            var closed = await social.PostAsJsonAsync($"/api/social/cases/{caseId}/close", new { reason = injection });
            Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        }

        var tables = await StateSnapshot.TakeAsync(hub);
        Assert.Contains("social.cases", tables.Keys);
        Assert.Contains("coordination.hub_cases", tables.Keys);
    }

    [Fact]
    public async Task Injection_strings_in_every_text_field_of_every_body_are_refused_or_stored_and_never_a_5xx()
    {
        using var social = hub.ClientWith(TestSecrets.DepartmentSystem("social"));
        using var employment = hub.ClientWith(TestSecrets.DepartmentSystem("employment"));
        var caseId = (await (await social.PostAsJsonAsync("/api/social/cases", new { cpr = "090909-4909", caseType = "family-support", caseworkerId = "cw-1" }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetGuid();
        await employment.PostAsJsonAsync("/api/employment/cases", new { cpr = "090909-4909", caseType = "cash-benefit", caseworkerId = "cw-2" });
        var citizenId = TestSecrets.CitizenIdOf("090909-4909");
        await StateSnapshot.TakeSettledAsync(hub);
        var tablesBefore = (await StateSnapshot.TakeAsync(hub)).Keys.ToHashSet();

        var system = TestSecrets.DepartmentSystem("social");
        var caseworker = TestSecrets.Caseworker("cw-1", "social");
        var leader = TestSecrets.TeamLeader("tl-1", "social");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        (string Token, string Method, string Path, Dictionary<string, object?> Body, string[] Fields)[] bodies =
        [
            (system, "POST", $"/api/social/cases/{caseId}/goals", new() { ["text"] = "Own flat", ["fsiiiCondition"] = "housing", ["currentLevel"] = 2 }, ["text", "fsiiiCondition"]),
            (system, "POST", $"/api/social/cases/{caseId}/interventions", new() { ["type"] = "mentor", ["legalBasis"] = "SEL § 85", ["startsOn"] = today, ["description"] = "weekly" }, ["type", "legalBasis", "description"]),
            (system, "POST", $"/api/social/cases/{caseId}/contacts", new() { ["kind"] = "meeting", ["at"] = DateTimeOffset.UtcNow.AddDays(-1), ["participants"] = new[] { "social" } }, ["kind", "participants[0]"]),
            (system, "PUT", $"/api/social/cases/{caseId}/caseworker", new() { ["caseworkerId"] = "cw-1", ["caseworkerName"] = "Ane" }, ["caseworkerId", "caseworkerName"]),
            (system, "POST", "/api/social/notifications", new() { ["cpr"] = "090909-4909", ["receivedAt"] = DateTimeOffset.UtcNow.AddHours(-1), ["source"] = "school" }, ["cpr", "source"]),
            (caseworker, "POST", "/api/citizens/lookup", new() { ["cpr"] = "090909-4909" }, ["cpr"]),
            (caseworker, "POST", $"/api/citizens/{citizenId}/consents", new() { ["scope"] = new[] { "social", "employment" }, ["purpose"] = "combined plan" }, ["scope[0]", "purpose"]),
            (caseworker, "PUT", $"/api/citizens/{citizenId}/plan/citizen-goals", new() { ["goals"] = new[] { "A job" }, ["why"] = "meeting" }, ["goals[0]", "why"]),
            (leader, "PUT", $"/api/citizens/{citizenId}/lead", new() { ["caseworkerId"] = "cw-2", ["reason"] = "continuity" }, ["caseworkerId", "reason"]),
            (caseworker, "POST", $"/api/citizens/{citizenId}/consents/withdraw", new() { ["reason"] = "asked" }, ["reason"]),
        ];

        var sent = 0;
        var failures = new List<string>();
        foreach (var (token, method, path, body, fields) in bodies)
        foreach (var field in fields)
        foreach (var injection in Injections)
        {
            using var client = hub.ClientWith(token);
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(With(body, field, injection)) };
            request.Headers.Add("X-Purpose", "audit: injection corpus");
            using var response = await client.SendAsync(request);
            sent++;
            var status = (int)response.StatusCode;
            var problem = status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json";
            if (status >= 500 || problem) failures.Add($"{method} {path} {field}={injection} → {status}");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(sent >= 150, $"only {sent} requests");
        Assert.Equal(tablesBefore, (await StateSnapshot.TakeSettledAsync(hub)).Keys.ToHashSet());
    }

    private static Dictionary<string, object?> With(Dictionary<string, object?> body, string field, string value)
    {
        var copy = new Dictionary<string, object?>(body);
        if (field.EndsWith("[0]", StringComparison.Ordinal))
        {
            copy[field[..^3]] = new[] { value };
        }
        else
        {
            copy[field] = value;
        }

        return copy;
    }

    private static string PathWith(RouteEndpoint route, string value)
    {
        var encoded = Uri.EscapeDataString(value);
        var path = route.RoutePattern.RawText!;
        foreach (var parameter in route.RoutePattern.Parameters)
        {
            var replacement = parameter.Name == "department" ? "social" : encoded;
            path = System.Text.RegularExpressions.Regex.Replace(path, "\\{\\**" + parameter.Name + "[^}]*\\}", replacement);
        }

        return path;
    }
}
