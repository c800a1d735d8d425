using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Hub.Contracts;
using Hub.Coordination;
using Hub.Coordination.Deadlines;
using Hub.Messaging.Operations;
using Hub.Persistence;
using Hub.Testing;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Hub.IntegrationTests.Coordination;

/// <summary>
/// The standalone hub with a fake clock the tests move, and helpers that deliver centre events straight
/// onto the bus (as a centre's system may) and wait until the hub has applied them.
/// </summary>
public class CoordinationFactory : HubFactory
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // The tests run deadline passes by hand. The background pass stays, but ticks once per 24 days of the
        // fake clock instead of every 5 minutes (a fake timer's ticks run on the thread that moves the clock).
        builder.UseSetting("Coordination:Deadlines:EvaluationInterval", "24.00:00:00");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            // The ops sampler reads every module's outbox backlog each 15 s of the clock it is given. On a fake
            // clock each tick runs inline in FakeTimeProvider.Advance: moving the clock by 118 days ran
            // 679,680 samples (82-88 s, and over two minutes on a busy machine). The tests that read the
            // gauges call OpsStatusReader themselves.
            foreach (var sampler in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(OpsSampler)).ToList())
            {
                services.Remove(sampler);
            }
        });
    }

    public ModuleDatabase HubDatabase => Services.GetRequiredKeyedService<ModuleDatabase>(CoordinationModule.DatabaseName);

    /// <summary>Publishes each event in the order given and waits until every distinct event id is applied.</summary>
    public async Task DeliverAsync(params ICitizenEvent[] events)
    {
        var bus = Services.GetRequiredService<IBus>();
        foreach (var e in events)
        {
            await bus.Publish((object)e);
        }

        var ids = events.Select(e => e.EventId.ToString("D")).Distinct().ToList();
        await Eventually.ReturnsAsync(
            async () =>
            {
                await using var connection = await HubDatabase.OpenAsync();
                return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM timeline_entries WHERE event_id IN @Ids", new { Ids = ids });
            },
            applied => applied == ids.Count, TimeSpan.FromSeconds(20), $"{ids.Count} events to be applied");
    }

    public Task EvaluateDeadlinesAsync() => Services.GetRequiredService<DeadlineMonitor>().EvaluateAsync();

    public async Task<IReadOnlyList<string>> OpenAlertKindsAsync(string citizenId)
    {
        await using var connection = await HubDatabase.OpenAsync();
        return (await connection.QueryAsync<string>(
            "SELECT kind FROM alerts WHERE citizen_id = @CitizenId AND resolved_at IS NULL ORDER BY kind", new { CitizenId = citizenId })).ToList();
    }

    /// <summary>A client whose reads carry a purpose, as every read of citizen data must.</summary>
    public HttpClient ReaderWith(string token, string purpose = "case-work")
    {
        var client = ClientWith(token);
        client.DefaultRequestHeaders.Add("X-Purpose", purpose);
        return client;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    public static Task<HttpResponseMessage> GiveConsentAsync(HttpClient client, string citizenId, params string[] scope) =>
        client.PostAsJsonAsync($"/api/citizens/{citizenId}/consents", new { scope, purpose = "coordinated plan across centres", evidence = Evidence });

    /// <summary>Evidence of a consent, as every consent must carry (issue 13).</summary>
    public static readonly object Evidence = new { givenBy = "citizen", kind = "signed-form", reference = "form-2026-0042" };
}
