using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Hub.Testing;
using Microsoft.Data.Sqlite;

namespace Hub.Benchmarks;

/// <summary>
/// Cases posted to the standalone hub (its own process, in-memory bus) by concurrent clients:
/// request latency, and the rate at which the hub has applied them (its timeline, read directly).
/// </summary>
public static class StandaloneIngest
{
    public static async Task<(Measurement Requests, Measurement Applied)> RunAsync(string folder, int operations, int concurrency)
    {
        var environment = new Dictionary<string, string>
        {
            ["Standalone__ServicesUrl"] = $"http://127.0.0.1:{ServiceProcess.FreePort()}",
            ["Auth__SigningKey"] = TestSecrets.SigningKey,
            ["CitizenIdentity__Key"] = TestSecrets.CitizenIdKey,
            ["Logging__LogLevel__Default"] = "Warning",
            ["Outbox__PollInterval"] = "00:00:00.050",
        };
        foreach (var module in new[] { "social", "employment", "aftercare", "coordination" })
        {
            environment[$"Databases__{module}__ConnectionString"] = $"Data Source={Path.Combine(folder, module + ".db")}";
        }

        await using var hub = new ServiceProcess("standalone",
            HubTopology.BuiltAssembly("services/Hub.Standalone", "Hub.Standalone.dll"), ServiceProcess.FreePort(), environment);
        await hub.StartAsync();
        using var client = new HttpClient { BaseAddress = hub.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestSecrets.DepartmentSystem("social"));

        var latencies = new double[operations];
        var next = -1;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < operations; i = Interlocked.Increment(ref next))
            {
                var one = Stopwatch.StartNew();
                using var response = await client.PostAsJsonAsync("/api/social/cases",
                    new { cpr = Cpr(i), caseType = "family-support", caseworkerId = $"cw-{i % 40}" });
                response.EnsureSuccessStatusCode();
                latencies[i] = one.Elapsed.TotalMilliseconds;
            }
        }));
        var requestsDone = total.Elapsed;

        await using var hubDb = new SqliteConnection($"Data Source={Path.Combine(folder, "coordination.db")};Mode=ReadOnly");
        await hubDb.OpenAsync();
        while (await CountAsync(hubDb) < operations)
        {
            await Task.Delay(20);
        }

        return (new Measurement($"POST case, {concurrency} clients (201 answered)", operations, requestsDone, latencies),
                new Measurement("case applied in the hub (end to end)", operations, total.Elapsed, []));
    }

    private static async Task<long> CountAsync(SqliteConnection connection)
    {
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM timeline_entries";
        return (long)(await count.ExecuteScalarAsync())!;
    }

    // Distinct valid CPR numbers: a day in 1980–1989 and a serial.
    private static string Cpr(int i) => $"{1 + i % 28:00}{1 + i / 28 % 12:00}8{i / 336 % 10}-{1000 + i % 9000:0000}";
}
