using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.EndToEndTests.Departments;
using Hub.Testing;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace Hub.EndToEndTests.Operations;

/// <summary>
/// The broker's doors, on the real broker with the accounts of compose/rabbitmq/definitions.json: a centre's
/// system may publish only to its own ingest exchange and read nothing; a centre service may not read the
/// hub's queue nor listen in on another centre's events; and the services run the hub under these accounts.
/// </summary>
public sealed class BrokerPermissionTests(BrokerAccountsFixture fixture) : IClassFixture<BrokerAccountsFixture>
{
    private const ushort AccessRefused = 403;

    [Fact]
    public async Task The_services_carry_a_citizen_across_centres_under_their_own_accounts()
    {
        const string cpr = "120379-4321";
        using var social = fixture.Hub.GatewayClient(TestSecrets.DepartmentSystem("social"));
        var opened = await social.PostAsJsonAsync("/api/social/cases", new { cpr, caseType = "child-welfare", caseworkerId = "cw-17" });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);

        // The employment system reports on the broker, with its own account, to its own exchange.
        await using (var employmentSystem = await ConnectAsSystemAsync("employment"))
        {
            await employmentSystem.PublishAsync("employment", "doors-1/open", new
            {
                type = "case.open", messageId = "doors-1/open",
                body = new { cpr, caseType = "cash-benefit", caseworkerId = "cw-40", externalId = "doors-1" },
            });
        }

        using var caseworker = fixture.Hub.GatewayClient(TestSecrets.Caseworker("cw-17", "social"));
        caseworker.DefaultRequestHeaders.Add("X-Purpose", "case-work");
        var lookup = await Eventually.ReturnsAsync(
            () => caseworker.PostAsJsonAsync("/api/citizens/lookup", new { cpr }),
            response => response.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30), "the hub to know the citizen");
        var citizenId = (await lookup.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("citizenId").GetString();
        await Eventually.ReturnsAsync(
            () => caseworker.GetFromJsonAsync<JsonElement>($"/api/citizens/{citizenId}"),
            view => view.GetProperty("crossDepartmental").GetBoolean(),
            TimeSpan.FromSeconds(30), "the citizen to become cross-departmental with every service on its own account");
    }

    [Fact]
    public async Task The_employment_system_is_refused_publishing_to_the_social_exchange()
    {
        await using var connection = await ConnectAsync(BrokerAccounts.SystemUser("employment"));
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));

        var refused = await RefusalAsync(() => channel.BasicPublishAsync(
            "hub.ingest.social", "", mandatory: true, new BasicProperties { MessageId = "forged" }, "{}"u8.ToArray()).AsTask());

        Assert.Contains("exchange 'hub.ingest.social'", refused);
    }

    [Theory]
    [InlineData("employment-ingest")]
    [InlineData("social-ingest")]
    [InlineData("hub-centre-events")]
    [InlineData("employment-lead-caseworker-assigned")]
    public async Task The_employment_system_is_refused_reading_any_queue(string queue)
    {
        await using var connection = await ConnectAsync(BrokerAccounts.SystemUser("employment"));

        await using (var get = await connection.CreateChannelAsync())
        {
            Assert.Contains($"queue '{queue}'", await RefusalAsync(() => get.BasicGetAsync(queue, autoAck: false)));
        }

        await using var consume = await connection.CreateChannelAsync();
        Assert.Contains($"queue '{queue}'", await RefusalAsync(() => consume.BasicConsumeAsync(queue, autoAck: false, new AsyncEventingBasicConsumer(consume))));
    }

    [Fact]
    public async Task The_employment_system_is_refused_declaring_anything()
    {
        await using var connection = await ConnectAsync(BrokerAccounts.SystemUser("employment"));
        await using var channel = await connection.CreateChannelAsync();

        Assert.Contains("queue 'employment-snoop'", await RefusalAsync(() => channel.QueueDeclareAsync("employment-snoop", durable: false, exclusive: false, autoDelete: true)));
    }

    [Fact]
    public async Task A_centre_service_is_refused_reading_the_hubs_queue()
    {
        await using var connection = await ConnectAsync(BrokerAccounts.ServiceUser("social"));
        await using var channel = await connection.CreateChannelAsync();

        Assert.Contains("queue 'hub-centre-events'", await RefusalAsync(() => channel.BasicGetAsync("hub-centre-events", autoAck: false)));
    }

    [Fact]
    public async Task A_centre_service_is_refused_listening_in_on_another_centres_events()
    {
        await using var connection = await ConnectAsync(BrokerAccounts.ServiceUser("social"));
        await using var channel = await connection.CreateChannelAsync();
        // Its own queue name is allowed; binding it to a centre event's exchange needs read on that exchange.
        await channel.QueueDeclareAsync("social-snoop", durable: false, exclusive: true, autoDelete: true);

        var refused = await RefusalAsync(() => channel.QueueBindAsync("social-snoop", "Hub.Contracts.Cases:CaseOpened", ""));

        Assert.Contains("exchange 'Hub.Contracts.Cases:CaseOpened'", refused);
    }

    private Task<RawIngestPublisher> ConnectAsSystemAsync(string centre) => RawIngestPublisher.ConnectAsync(
        fixture.Accounts.VirtualHost, BrokerAccounts.SystemUser(centre), fixture.Accounts.PasswordOf(BrokerAccounts.SystemUser(centre)));

    private Task<IConnection> ConnectAsync(string user) => new ConnectionFactory
    {
        HostName = TestBroker.Host, Port = TestBroker.Port, VirtualHost = fixture.Accounts.VirtualHost,
        UserName = user, Password = fixture.Accounts.PasswordOf(user),
    }.CreateConnectionAsync($"doors-test-{user}");

    /// <summary>Runs a broker operation that must be refused; returns the broker's reason (ACCESS_REFUSED - ...).</summary>
    private static async Task<string> RefusalAsync(Func<Task> operation)
    {
        var refused = await Assert.ThrowsAnyAsync<OperationInterruptedException>(operation);
        Assert.Equal(AccessRefused, refused.ShutdownReason!.ReplyCode);
        Assert.StartsWith("ACCESS_REFUSED", refused.ShutdownReason!.ReplyText, StringComparison.Ordinal);
        return refused.ShutdownReason.ReplyText;
    }
}
