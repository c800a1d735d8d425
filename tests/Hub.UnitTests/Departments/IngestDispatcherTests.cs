using System.Text;
using Hub.Contracts.Coordination;
using Hub.Departments.HubDecisions;
using Hub.Departments.Ingest;
using Hub.Messaging;
using MassTransit;

namespace Hub.UnitTests.Departments;

/// <summary>A raw broker command that cannot be an ingest command is refused before it touches any centre.</summary>
public sealed class IngestDispatcherTests
{
    private static readonly IngestDispatcher Dispatcher = new(null!, null!, null!, null!, null!, null!);

    [Theory]
    [InlineData("""{"messageId":"m1","body":{}}""", "'type' must be one of")]
    [InlineData("""{"type":"case.delete","messageId":"m1"}""", "'type' must be one of")]
    [InlineData("""{"type":"case.open","body":{}}""", "'messageId'")]
    [InlineData("""{"type":"case.open","messageId":"m1","caseId":"not-a-guid"}""", "'caseId' has the wrong type")]
    [InlineData("""{"type":"case.open",""", "malformed")]
    public async Task An_unusable_envelope_is_a_permanent_failure_naming_the_problem(string json, string reason)
    {
        var failure = await Assert.ThrowsAsync<PermanentMessageException>(() =>
            Dispatcher.DispatchAsync("social", Encoding.UTF8.GetBytes(json), transportMessageId: null, CancellationToken.None));
        Assert.Contains(reason, failure.Message);
    }

    [Fact]
    public async Task An_oversized_message_is_a_permanent_failure_before_it_is_parsed()
    {
        var json = "{\"type\":\"case.open\",\"messageId\":\"m1\",\"body\":{\"caseworkerName\":\"" + new string('x', IngestDispatcher.MaxMessageBytes) + "\"}}";
        var failure = await Assert.ThrowsAsync<PermanentMessageException>(() =>
            Dispatcher.DispatchAsync("social", Encoding.UTF8.GetBytes(json), transportMessageId: null, CancellationToken.None));
        Assert.Contains("at most", failure.Message);
    }

    [Fact]
    public async Task A_type_outside_the_table_is_refused_naming_every_type_there_is()
    {
        var failure = await Assert.ThrowsAsync<PermanentMessageException>(() => Dispatcher.DispatchAsync(
            "social", Encoding.UTF8.GetBytes("""{"type":"notification.delete","messageId":"m1"}"""), transportMessageId: null, CancellationToken.None));
        Assert.Equal(10, Dispatcher.Types.Count);
        Assert.All(Dispatcher.Types, type => Assert.Contains(type, failure.Message));
    }

    [Fact]
    public void A_hub_decision_keeps_the_queue_name_its_own_consumer_class_had()
    {
        var names = new KebabCaseEndpointNameFormatter("social", false);
        Assert.Equal("social-lead-caseworker-assigned", names.Consumer<HubDecisionConsumer<LeadCaseworkerAssigned>>());
        Assert.Equal("social-combined-plan-archived", names.Consumer<HubDecisionConsumer<CombinedPlanArchived>>());
    }

    [Fact]
    public void The_idempotency_key_is_stable_per_centre_and_message_id()
    {
        Assert.Equal(IngestDispatcher.IdempotencyKey("social", "sag-1"), IngestDispatcher.IdempotencyKey("social", "sag-1"));
        Assert.NotEqual(IngestDispatcher.IdempotencyKey("social", "sag-1"), IngestDispatcher.IdempotencyKey("employment", "sag-1"));
        Assert.NotEqual(IngestDispatcher.IdempotencyKey("social", "sag-1"), IngestDispatcher.IdempotencyKey("social", "sag-2"));
    }
}
