using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using Dapper;
using Hub.IntegrationTests.Coordination;
using Hub.Messaging.Operations;
using Hub.Persistence;
using Hub.Testing;
using Hub.Testing.Coordination;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Observability;

/// <summary>
/// The hub's own figures, read in process with a <see cref="MeterListener"/> while a scenario runs: each
/// moves when, and by as much as, the thing it counts happens, and no figure is labelled with anything but
/// centre, event type, alert kind, a refusal reason or an error queue's name.
/// </summary>
public sealed class HubMetricsTests(CoordinationFactory factory) : IClassFixture<CoordinationFactory>
{
    private static readonly HashSet<string> AllowedLabels = ["centre", "event_type", "alert_kind", "reason", "queue"];

    [Fact]
    public async Task Each_figure_moves_as_the_scenario_unfolds()
    {
        using var metrics = new HubMeterRecorder(factory.Services.GetRequiredService<IMeterFactory>());
        const string cpr = "140414-1414";

        // Two centres report over HTTP; one report is refused.
        using var social = factory.ClientWith(TestSecrets.DepartmentSystem("social"));
        using var employment = factory.ClientWith(TestSecrets.DepartmentSystem("employment"));
        Assert.Equal(HttpStatusCode.Created, (await social.PostAsJsonAsync("/api/social/cases", new { cpr, caseType = "child-welfare", caseworkerId = "cw-17" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await employment.PostAsJsonAsync("/api/employment/cases", new { cpr, caseType = "cash-benefit", caseworkerId = "cw-40" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await social.PostAsJsonAsync("/api/social/cases", new { cpr = "320185-4321", caseType = "placement", caseworkerId = "cw-1" })).StatusCode);
        Assert.Equal(1, metrics.Sum("hub.events.accepted", ("centre", "social"), ("event_type", "CaseOpened")));
        Assert.Equal(1, metrics.Sum("hub.events.accepted", ("centre", "employment"), ("event_type", "CaseOpened")));
        Assert.Equal(1, metrics.Sum("hub.events.refused", ("centre", "social"), ("reason", "invalid")));

        // The relays publish them and the hub applies them.
        await Eventually.ReturnsAsync(() => Task.FromResult(metrics.Sum("hub.events.applied", ("event_type", "CaseOpened"))),
            applied => applied >= 2, TimeSpan.FromSeconds(20), "both cases applied by the hub");
        Assert.Equal(1, metrics.Sum("hub.events.applied", ("centre", "social"), ("event_type", "CaseOpened")));
        Assert.True(metrics.Sum("hub.outbox.published", ("centre", "social")) >= 1);
        Assert.NotEmpty(metrics.Of("hub.outbox.confirm.duration", ("centre", "employment")));
        Assert.Equal(2, metrics.Of("hub.apply.duration").Count(r => r.Tags["centre"] is "social" or "employment"));

        // A late event shows as lag; the same event delivered twice is skipped once by the inbox.
        var late = new CitizenEvents("151515-1515", factory.Clock.GetUtcNow().AddSeconds(-90));
        var opened = late.Open("aftercare", "contact-person", "cw-9");
        await factory.DeliverAsync(opened, opened);
        // The figure is recorded just after the commit that DeliverAsync waits for: give it a moment.
        await Eventually.ReturnsAsync(() => Task.FromResult(metrics.Of("hub.apply.lag", ("centre", "aftercare")).ToList()),
            lags => lags.Count > 0, TimeSpan.FromSeconds(10), "the late event's lag to be recorded");
        Assert.Contains(metrics.Of("hub.apply.lag", ("centre", "aftercare")), r => r.Value is >= 89 and < 300);
        await Eventually.ReturnsAsync(() => Task.FromResult(metrics.Sum("hub.inbox.duplicates", ("centre", "aftercare"))),
            duplicates => duplicates == 1, TimeSpan.FromSeconds(20), "the second delivery skipped by the inbox");

        // Reads of citizen data: one allowed, one refused; the entries figure follows the access log's rows.
        var entriesBefore = metrics.Sum("hub.access_log.entries");
        var rowsBefore = await AccessLogRowsAsync();
        using var caseworker = factory.ReaderWith(TestSecrets.Caseworker("cw-17", "social"));
        Assert.Equal(HttpStatusCode.OK, (await caseworker.PostAsJsonAsync("/api/citizens/lookup", new { cpr })).StatusCode);
        using var stranger = factory.ReaderWith(TestSecrets.Caseworker("cw-99", "social"));
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/api/citizens/{late.CitizenId}")).StatusCode);
        Assert.True(await AccessLogRowsAsync() > rowsBefore);
        Assert.Equal(await AccessLogRowsAsync() - rowsBefore, metrics.Sum("hub.access_log.entries") - entriesBefore);
        Assert.Equal(1, metrics.Sum("hub.access.refused"));

        // An outbox row nobody may publish yet (another relay holds its lease) is backlog, with its age.
        var database = factory.Services.GetRequiredKeyedService<ModuleDatabase>("social");
        await StuckOutboxRowAsync(database, factory.Clock.GetUtcNow().AddMinutes(-5));
        await factory.Services.GetRequiredService<OpsStatusReader>().ReadAsync(CancellationToken.None);
        Assert.Equal(1, metrics.Gauge("hub.outbox.pending", ("centre", "social")));
        Assert.InRange(metrics.Gauge("hub.outbox.oldest_age", ("centre", "social")) ?? 0, 299, 301);
        Assert.Equal(0, metrics.Gauge("hub.outbox.pending", ("centre", "employment")));
        await ReleaseStuckRowAsync(database);

        // A notification left unassessed past 24 hours: one breach as it happens, one open alert.
        var notified = new CitizenEvents("161616-1616", factory.Clock.GetUtcNow());
        await factory.DeliverAsync(notified.Notification(factory.Clock.GetUtcNow()));
        factory.Clock.Advance(TimeSpan.FromHours(25));
        await factory.EvaluateDeadlinesAsync();
        await factory.EvaluateDeadlinesAsync(); // still open: not a second breach
        Assert.Equal(1, metrics.Sum("hub.deadline.breaches", ("alert_kind", "notification-not-assessed"), ("centre", "social")));
        Assert.Equal(1, metrics.Gauge("hub.alerts.open", ("alert_kind", "notification-not-assessed"), ("centre", "social")));

        Assert.Empty(metrics.TagKeys.Except(AllowedLabels));
        Assert.DoesNotContain(metrics.All, r => r.Tags.Values.Any(v => v is not null && (v.Contains(cpr) || v.Contains(late.CitizenId) || v.StartsWith("cw-"))));
    }

    private async Task<long> AccessLogRowsAsync()
    {
        await using var connection = await factory.HubDatabase.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM access_log");
    }

    private const string StuckMessageId = "metrics-test-stuck-row";

    private static async Task StuckOutboxRowAsync(ModuleDatabase database, DateTimeOffset createdAt)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            "INSERT INTO outbox_messages (message_id, message_type, body, created_at, lease_owner, lease_until, attempts) " +
            "VALUES (@Id, 'Hub.Contracts.Cases.CaseOpened', '{}', @CreatedAt, 'another-relay', @Until, 0)",
            new { Id = StuckMessageId, CreatedAt = createdAt, Until = DateTimeOffset.UtcNow.AddYears(1) });
    }

    private static async Task ReleaseStuckRowAsync(ModuleDatabase database)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync("DELETE FROM outbox_messages WHERE message_id = @Id", new { Id = StuckMessageId });
    }
}
