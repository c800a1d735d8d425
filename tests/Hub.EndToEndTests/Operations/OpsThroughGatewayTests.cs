using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.EndToEndTests.Departments;
using Hub.Testing;

namespace Hub.EndToEndTests.Operations;

/// <summary>
/// One address for ops, over the real broker with every service on its own account: the gateway's
/// <c>/ops/overview</c> shows each service's health, queues, error queues and outbox backlog; a failed
/// message is listed and replayed through the gateway; nobody but ops gets in.
/// </summary>
public sealed class OpsThroughGatewayTests(BrokerAccountsFixture fixture) : IClassFixture<BrokerAccountsFixture>
{
    [Fact]
    public async Task The_overview_shows_every_service_and_a_failed_message_is_listed_and_replayed_through_the_gateway()
    {
        using var ops = fixture.Hub.GatewayClient(TestSecrets.Ops());
        var before = await ops.GetFromJsonAsync<JsonElement>("/ops/overview");
        Assert.True(before.GetProperty("allHealthy").GetBoolean(), before.ToString());
        Assert.Equal(["aftercare", "coordination", "employment", "social"],
            before.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("name").GetString()!).Order());
        var hub = Service(before, "coordination");
        Assert.Contains(hub.GetProperty("queues").EnumerateArray(), q => q.GetProperty("name").GetString() == "hub-centre-events"
            && q.GetProperty("consumers").GetInt64() >= 1);
        Assert.Contains(hub.GetProperty("outbox").EnumerateArray(), o => o.GetProperty("module").GetString() == "coordination");

        // The social system sends a command the service refuses: it lands in social-ingest_error.
        await using (var system = await RawIngestPublisher.ConnectAsync(
            fixture.Accounts.VirtualHost, BrokerAccounts.SystemUser("social"), fixture.Accounts.PasswordOf(BrokerAccounts.SystemUser("social"))))
        {
            await system.PublishAsync("social", "ops-1/bad", new { type = "case.teleport", messageId = "ops-1/bad" });
        }

        var after = await Eventually.ReturnsAsync(
            () => ops.GetFromJsonAsync<JsonElement>("/ops/overview"),
            overview => ErrorMessages(overview, "social", "social-ingest") == 1,
            TimeSpan.FromSeconds(30), "the failed command in the overview's error-queue count");
        Assert.Equal(0, ErrorMessages(after, "employment", "employment-ingest"));

        var listed = await ops.GetFromJsonAsync<JsonElement>("/ops/social/error-queues/social-ingest");
        var failed = Assert.Single(listed.GetProperty("messages").EnumerateArray());
        Assert.Contains("'type' must be one of", failed.GetProperty("exceptionMessage").GetString());
        // Asked of another service, whose broker account may not read it: a 403 that says where to ask.
        var foreign = await ops.GetAsync("/ops/employment/error-queues/social-ingest");
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Contains("belongs to another service", (await foreign.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        var replay = await ops.PostAsJsonAsync("/ops/social/error-queues/social-ingest/replay", new { });
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(1, (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("replayed").GetInt32());
        // Still invalid, so it fails again and is back in the error queue: replay is safe to repeat.
        await Eventually.ReturnsAsync(
            () => ops.GetFromJsonAsync<JsonElement>("/ops/overview"),
            overview => ErrorMessages(overview, "social", "social-ingest") == 1,
            TimeSpan.FromSeconds(30), "the replayed, still invalid command back in the error queue");
    }

    [Fact]
    public async Task An_error_queue_that_never_had_a_message_is_empty()
    {
        using var ops = fixture.Hub.GatewayClient(TestSecrets.Ops());
        var empty = await ops.GetFromJsonAsync<JsonElement>("/ops/aftercare/error-queues/aftercare-ingest");
        Assert.Equal(0, empty.GetProperty("count").GetInt64());
        var replay = await (await ops.PostAsJsonAsync("/ops/aftercare/error-queues/aftercare-ingest/replay", new { })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, replay.GetProperty("replayed").GetInt32());

    }

    [Theory]
    [InlineData("/ops/overview")]
    [InlineData("/ops/social/status")]
    [InlineData("/ops/coordination/error-queues/hub-centre-events")]
    public async Task Only_ops_get_in(string path)
    {
        using var anonymous = fixture.Hub.GatewayClient(null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);

        foreach (var token in new[] { TestSecrets.TeamLeader("tl-1", "social"), TestSecrets.Caseworker("cw-1", "social"), TestSecrets.DepartmentSystem("social") })
        {
            using var client = fixture.Hub.GatewayClient(token);
            var refused = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }

        using var ops = fixture.Hub.GatewayClient(TestSecrets.Ops());
        Assert.Equal(HttpStatusCode.OK, (await ops.GetAsync(path)).StatusCode);
    }

    private static JsonElement Service(JsonElement overview, string name) =>
        overview.GetProperty("services").EnumerateArray().Single(s => s.GetProperty("name").GetString() == name).GetProperty("status");

    private static long ErrorMessages(JsonElement overview, string service, string queue) =>
        Service(overview, service).GetProperty("queues").EnumerateArray()
            .Single(q => q.GetProperty("name").GetString() == queue).GetProperty("errorMessages").GetInt64();
}
