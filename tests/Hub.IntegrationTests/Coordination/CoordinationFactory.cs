using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Hub.Contracts;
using Hub.Coordination;
using Hub.Coordination.Deadlines;
using Hub.Persistence;
using Hub.Testing;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
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
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
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
