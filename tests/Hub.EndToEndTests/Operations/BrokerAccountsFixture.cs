using Hub.Testing;

namespace Hub.EndToEndTests.Operations;

/// <summary>The whole hub with every service logged in to the broker under its own account (compose's definitions).</summary>
public sealed class BrokerAccountsFixture : IAsyncLifetime
{
    public HubTopology Hub { get; private set; } = null!;

    public BrokerAccounts Accounts => Hub.Accounts!;

    public async Task InitializeAsync() => Hub = await HubTopology.StartAsync("doors", ownBrokerAccounts: true);

    public async Task DisposeAsync() => await Hub.DisposeAsync();
}
