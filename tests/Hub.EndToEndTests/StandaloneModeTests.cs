using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Testing;

namespace Hub.EndToEndTests;

/// <summary>The README's first command: the standalone process, from its build output, with no broker.</summary>
public sealed class StandaloneModeTests
{
    [Fact]
    public async Task The_standalone_process_is_ready_within_30_seconds_and_serves_the_whole_flow_through_its_gateway()
    {
        var data = Directory.CreateTempSubdirectory("hub-standalone-").FullName;
        var environment = new Dictionary<string, string>
        {
            ["Standalone__ServicesUrl"] = $"http://127.0.0.1:{ServiceProcess.FreePort()}",
        };
        foreach (var module in new[] { "social", "employment", "aftercare", "coordination" })
        {
            environment[$"Databases__{module}__ConnectionString"] = $"Data Source={Path.Combine(data, module + ".db")}";
        }

        var started = Stopwatch.StartNew();
        await using var standalone = new ServiceProcess("standalone",
            HubTopology.BuiltAssembly("services/Hub.Standalone", "Hub.Standalone.dll"), ServiceProcess.FreePort(), environment);
        await standalone.StartAsync(readyWithin: TimeSpan.FromSeconds(30));
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(30), $"ready after {started.Elapsed.TotalSeconds:0.0} s");
        Assert.Contains(standalone.Output, line => line.Contains("POST " + standalone.BaseAddress.ToString().TrimEnd('/') + "/dev/token"));

        using var client = new HttpClient { BaseAddress = standalone.BaseAddress };
        async Task<string> Token(object request) =>
            (await (await client.PostAsJsonAsync("/dev/token", request)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        var social = await Token(new { sub = "sys-social", department = "social", roles = new[] { "department-system" } });
        var employment = await Token(new { sub = "sys-employment", department = "employment", roles = new[] { "department-system" } });
        var caseworker = await Token(new { sub = "cw-17", department = "social", roles = new[] { "caseworker" } });

        Assert.Equal(HttpStatusCode.Created, (await Send(client, HttpMethod.Post, "/api/social/cases", social,
            new { cpr = "010190-1234", caseType = "child-welfare", caseworkerId = "cw-17" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Send(client, HttpMethod.Post, "/api/employment/cases", employment,
            new { cpr = "010190-1234", caseType = "cash-benefit", caseworkerId = "cw-40" })).StatusCode);

        var lookup = await Eventually.ReturnsAsync(
            () => Send(client, HttpMethod.Post, "/api/citizens/lookup", caseworker, new { cpr = "010190-1234" }),
            r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(15), "the hub to know the citizen");
        var citizenId = (await lookup.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("citizenId").GetString();
        await Eventually.ReturnsAsync(
            async () => await (await Send(client, HttpMethod.Get, $"/api/citizens/{citizenId}", caseworker, null)).Content.ReadFromJsonAsync<JsonElement>(),
            view => view.TryGetProperty("crossDepartmental", out var cross) && cross.GetBoolean(),
            TimeSpan.FromSeconds(15), "cross-departmental in standalone mode");

        await standalone.StopAsync();
        try { Directory.Delete(data, recursive: true); } catch (IOException) { }
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, string token, object? body)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("X-Purpose", "case-work: end-to-end test");
        return client.SendAsync(request);
    }
}
