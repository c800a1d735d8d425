using Hub.Testing;

namespace Hub.EndToEndTests;

/// <summary>One running topology shared by a test class: starting five processes costs seconds.</summary>
public sealed class TopologyFixture : IAsyncLifetime
{
    public HubTopology Hub { get; private set; } = null!;

    public async Task InitializeAsync() => Hub = await HubTopology.StartAsync("e2e");

    public async Task DisposeAsync() => await Hub.DisposeAsync();
}
