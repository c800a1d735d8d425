using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Testing;

namespace Hub.EndToEndTests;

/// <summary>
/// Runs the whole coordination scenario, plus bad input and lookups, with debug logging and console
/// trace and metric export on in every process, then searches everything the processes printed for
/// every CPR number used. It must find none.
/// </summary>
public sealed class CprNeverLeaksTests
{
    private static readonly string[] Cprs = ["070381-1118", "2306954321", "111111-1118", "010203-4005"];
    private const string InvalidCpr = "311399-1234";
    private const string UnknownCpr = "241299-9999";
    private const string ScenarioCpr = "170392-1234";

    [Fact]
    public async Task No_cpr_appears_in_any_log_line_span_or_metric()
    {
        var captureEverything = new Dictionary<string, string>
        {
            ["Logging__LogLevel__Default"] = "Debug",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Debug",
            ["Logging__LogLevel__MassTransit"] = "Debug",
            ["Telemetry__ConsoleExporter"] = "true",
        };
        await using (var hub = await HubTopology.StartAsync("e2e-cpr-leak", captureEverything))
        {
            await new Coordination.CoordinationScenario(hub, ScenarioCpr).RunAsync();
            await RunScenarioAsync(hub);
            foreach (var service in hub.Services) await service.StopAsync();

            var output = hub.Services.SelectMany(s => s.Output.Select(line => (s.Name, line))).ToList();
            // The capture works: spans were printed, and debug logs were.
            Assert.Contains(output, o => o.line.Contains("Activity.TraceId", StringComparison.Ordinal));
            Assert.Contains(output, o => o.line.StartsWith("dbug:", StringComparison.Ordinal));

            foreach (var cpr in Cprs.Append(InvalidCpr).Append(UnknownCpr).Append(ScenarioCpr))
            {
                var digits = cpr.Replace("-", "");
                var forms = new[] { cpr, digits, $"{digits[..6]}-{digits[6..]}" }.Distinct();
                var leaks = output.Where(o => forms.Any(form => o.line.Contains(form, StringComparison.Ordinal))).ToList();
                Assert.True(leaks.Count == 0, $"CPR found in output of {string.Join(", ", leaks.Select(l => l.Name).Distinct())}");
            }
        }
    }

    private static async Task RunScenarioAsync(HubTopology hub)
    {
        using var social = hub.GatewayClient(TestSecrets.DepartmentSystem("social"));
        using var employment = hub.GatewayClient(TestSecrets.DepartmentSystem("employment"));
        using var caseworker = hub.GatewayClient(TestSecrets.Caseworker("cw-17", "social"));
        caseworker.DefaultRequestHeaders.Add("X-Purpose", "audit: privacy test");

        foreach (var cpr in Cprs)
        {
            var opened = await social.PostAsJsonAsync("/api/social/cases", new { cpr, caseType = "family-support", caseworkerId = "cw-17", externalId = $"ext-{cpr[..6]}" });
            Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
            await social.PostAsJsonAsync("/api/social/cases", new { cpr, caseType = "family-support", caseworkerId = "cw-17", externalId = $"ext-{cpr[..6]}" });
            Assert.Equal(HttpStatusCode.Created, (await employment.PostAsJsonAsync("/api/employment/cases", new { cpr, caseType = "cash-benefit", caseworkerId = "cw-40" })).StatusCode);
        }

        // Bad input that carries a CPR: wrong date, wrong types, the wrong centre.
        Assert.Equal(HttpStatusCode.BadRequest, (await social.PostAsJsonAsync("/api/social/cases", new { cpr = InvalidCpr, caseType = "placement", caseworkerId = "cw-1" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await social.PostAsync("/api/social/cases",
            new StringContent($$"""{"cpr":"{{Cprs[0]}}","caseType":7,"caseworkerId":"cw-1"}""", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employment.PostAsJsonAsync("/api/social/cases", new { cpr = Cprs[1], caseType = "placement", caseworkerId = "cw-1" })).StatusCode);

        // The bulk path: a valid and an invalid CPR in one batch.
        using var aftercare = hub.GatewayClient(TestSecrets.DepartmentSystem("aftercare"));
        var batch = await aftercare.PostAsJsonAsync("/api/aftercare/batch", new
        {
            commands = new object[]
            {
                new { type = "case.open", messageId = "leak/1", body = new { cpr = Cprs[2], caseType = "housing-support", caseworkerId = "cw-50" } },
                new { type = "case.open", messageId = "leak/2", body = new { cpr = InvalidCpr, caseType = "housing-support", caseworkerId = "cw-50" } },
                new { type = "case.open", messageId = "leak/3", body = new { cpr = Cprs[3], caseType = 7, caseworkerId = "cw-50" } },
            },
        });
        Assert.Equal(HttpStatusCode.OK, batch.StatusCode);

        foreach (var cpr in Cprs)
        {
            var found = await Eventually.ReturnsAsync(
                () => caseworker.PostAsJsonAsync("/api/citizens/lookup", new { cpr }),
                r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "the citizen to be known");
            var citizenId = (await found.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("citizenId").GetString();
            await Eventually.ReturnsAsync(
                () => caseworker.GetFromJsonAsync<JsonElement>($"/api/citizens/{citizenId}"),
                v => v.GetProperty("crossDepartmental").GetBoolean(), TimeSpan.FromSeconds(30), "cross-departmental");
            await caseworker.GetAsync($"/api/citizens/{citizenId}/timeline");
        }

        Assert.Equal(HttpStatusCode.NotFound, (await caseworker.PostAsJsonAsync("/api/citizens/lookup", new { cpr = UnknownCpr })).StatusCode);
    }
}
