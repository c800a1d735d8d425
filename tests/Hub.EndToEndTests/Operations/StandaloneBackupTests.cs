using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Testing;
using Microsoft.Data.Sqlite;

namespace Hub.EndToEndTests.Operations;

/// <summary>
/// The standalone's data where the user says (<c>--data DIR</c>, printed at start), and its documented
/// backup: taken with <c>VACUUM INTO</c> while the hub runs and takes writes, then restored by starting a
/// fresh hub on the copy, which still knows the citizen under the same id.
/// </summary>
public sealed class StandaloneBackupTests
{
    private const string Cpr = "230470-4321";
    private static readonly string Assembly = HubTopology.BuiltAssembly("services/Hub.Standalone", "Hub.Standalone.dll");

    [Fact]
    public async Task A_backup_taken_while_the_hub_runs_restores_into_a_hub_that_knows_the_citizen()
    {
        var data = Directory.CreateTempSubdirectory("hub-data-").FullName;
        var backup = Path.Combine(Directory.CreateTempSubdirectory("hub-backup-").FullName, "copy");
        var restored = Directory.CreateTempSubdirectory("hub-restored-").FullName;
        string citizenId;

        await using (var hub = Standalone(data))
        {
            await hub.StartAsync(readyWithin: TimeSpan.FromSeconds(60));
            Assert.Contains(hub.Output, line => line.Contains("Data") && line.Contains(data));
            using var client = new HttpClient { BaseAddress = hub.BaseAddress };
            citizenId = await MakeCrossDepartmentalAsync(client);

            // Writes go on while the backup runs: the copy is a consistent snapshot, not a torn file.
            var writer = KeepWritingAsync(client, count: 20);
            var (exit, output) = await RunBackupAsync("--data", data, "--to", backup);
            await writer;
            Assert.True(exit == 0, output);
        }

        foreach (var module in new[] { "social", "employment", "aftercare", "coordination" })
        {
            Assert.Equal("ok", await IntegrityAsync(Path.Combine(backup, $"{module}.db")));
        }

        Assert.True(File.Exists(Path.Combine(backup, "standalone-secrets.json")));
        var (refused, _) = await RunBackupAsync("--data", data, "--to", backup);
        Assert.Equal(2, refused); // never over an earlier backup

        foreach (var file in Directory.EnumerateFiles(backup)) File.Copy(file, Path.Combine(restored, Path.GetFileName(file)));
        await using (var hub = Standalone(restored))
        {
            await hub.StartAsync(readyWithin: TimeSpan.FromSeconds(60));
            using var client = new HttpClient { BaseAddress = hub.BaseAddress };
            var caseworker = await TokenAsync(client, new { sub = "cw-17", department = "social", roles = new[] { "caseworker" } });
            var lookup = await SendAsync(client, HttpMethod.Post, "/api/citizens/lookup", caseworker, new { cpr = Cpr });
            Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
            Assert.Equal(citizenId, (await lookup.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("citizenId").GetString());
            var view = await (await SendAsync(client, HttpMethod.Get, $"/api/citizens/{citizenId}", caseworker, null)).Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(view.GetProperty("crossDepartmental").GetBoolean());
        }

        foreach (var folder in new[] { data, Path.GetDirectoryName(backup)!, restored })
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static ServiceProcess Standalone(string data) => new(
        "standalone", Assembly, ServiceProcess.FreePort(),
        new Dictionary<string, string> { ["Standalone__ServicesUrl"] = $"http://127.0.0.1:{ServiceProcess.FreePort()}" },
        ["--data", data]);

    private static async Task<string> MakeCrossDepartmentalAsync(HttpClient client)
    {
        var social = await TokenAsync(client, new { sub = "sys-social", department = "social", roles = new[] { "department-system" } });
        var employment = await TokenAsync(client, new { sub = "sys-employment", department = "employment", roles = new[] { "department-system" } });
        var caseworker = await TokenAsync(client, new { sub = "cw-17", department = "social", roles = new[] { "caseworker" } });
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(client, HttpMethod.Post, "/api/social/cases", social,
            new { cpr = Cpr, caseType = "child-welfare", caseworkerId = "cw-17" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(client, HttpMethod.Post, "/api/employment/cases", employment,
            new { cpr = Cpr, caseType = "cash-benefit", caseworkerId = "cw-40" })).StatusCode);
        var lookup = await Eventually.ReturnsAsync(
            () => SendAsync(client, HttpMethod.Post, "/api/citizens/lookup", caseworker, new { cpr = Cpr }),
            r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(15), "the hub to know the citizen");
        var citizenId = (await lookup.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("citizenId").GetString()!;
        await Eventually.ReturnsAsync(
            async () => await (await SendAsync(client, HttpMethod.Get, $"/api/citizens/{citizenId}", caseworker, null)).Content.ReadFromJsonAsync<JsonElement>(),
            view => view.TryGetProperty("crossDepartmental", out var cross) && cross.GetBoolean(),
            TimeSpan.FromSeconds(15), "the citizen to be cross-departmental before the backup");
        return citizenId;
    }

    private static async Task KeepWritingAsync(HttpClient client, int count)
    {
        var social = await TokenAsync(client, new { sub = "sys-social", department = "social", roles = new[] { "department-system" } });
        for (var i = 0; i < count; i++)
        {
            var cpr = $"0101{80 + i % 20:00}-4{i:000}";
            Assert.Equal(HttpStatusCode.Created, (await SendAsync(client, HttpMethod.Post, "/api/social/cases", social,
                new { cpr, caseType = "child-welfare", caseworkerId = "cw-18" })).StatusCode);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunBackupAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "exec", Assembly, "backup" }.Concat(arguments)) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        return (process.ExitCode, await output + await error);
    }

    private static async Task<string> IntegrityAsync(string file)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<string> TokenAsync(HttpClient client, object request) =>
        (await (await client.PostAsJsonAsync("/dev/token", request)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string token, object? body)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("X-Purpose", "case-work");
        return client.SendAsync(request);
    }
}
