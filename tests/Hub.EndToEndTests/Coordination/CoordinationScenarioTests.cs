using Hub.Testing;

namespace Hub.EndToEndTests.Coordination;

/// <summary>Issue 4's done-when scenario over the real RabbitMQ, every service its own process, every call through the gateway.</summary>
public sealed class CoordinationScenarioTests : IAsyncLifetime
{
    private HubTopology _hub = null!;

    public async Task InitializeAsync() => _hub = await HubTopology.StartAsync("e2e-coordination");

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public Task Two_centres_consent_lead_plan_reassignment_and_the_end_of_coordination() =>
        new CoordinationScenario(_hub, "170392-1234").RunAsync();
}
