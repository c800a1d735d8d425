using Hub.Testing;

namespace Hub.Benchmarks.Pipeline;

/// <summary>
/// The hub as the benchmark runs it, in Release from its build output: either every service its own process
/// over RabbitMQ (<see cref="StartDistributedAsync"/>) or the standalone process (<see cref="StartStandaloneAsync"/>).
/// The gateway's rate limits are lifted by setting so the pipeline, not the limiter, is measured.
/// </summary>
public sealed class HubUnderTest : IAsyncDisposable
{
    private static readonly Dictionary<string, string> Lifted = new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Gateway__PermitsPerWindow"] = "100000000",
        ["Gateway__SystemPermitsPerWindow"] = "100000000",
    };

    private readonly HubTopology? _topology;
    private readonly ServiceProcess? _standalone;

    private HubUnderTest(string name, string dataFolder, Uri gateway, Uri coordination, IEnumerable<ServiceProcess> processes,
        HubTopology? topology, ServiceProcess? standalone)
    {
        Name = name;
        DataFolder = dataFolder;
        Gateway = gateway;
        Coordination = coordination;
        Processes = processes.ToList();
        _topology = topology;
        _standalone = standalone;
    }

    public string Name { get; }
    public string DataFolder { get; }
    public Uri Gateway { get; }

    /// <summary>The coordination service itself, behind the gateway (for "direct" figures).</summary>
    public Uri Coordination { get; }

    public IReadOnlyList<ServiceProcess> Processes { get; }
    public string DatabaseOf(string module) => Path.Combine(DataFolder, module + ".db");

    public static async Task<HubUnderTest> StartDistributedAsync()
    {
        var topology = await HubTopology.StartAsync("bench", Lifted);
        return new HubUnderTest("distributed", topology.DataFolder, topology.Gateway.BaseAddress, topology["coordination"].BaseAddress,
            topology.Services, topology, null);
    }

    public static async Task<HubUnderTest> StartStandaloneAsync()
    {
        var data = Directory.CreateTempSubdirectory("hub-bench-standalone-").FullName;
        var servicesPort = ServiceProcess.FreePort();
        var environment = new Dictionary<string, string>(Lifted)
        {
            ["Standalone__ServicesUrl"] = $"http://127.0.0.1:{servicesPort}",
            ["Auth__SigningKey"] = TestSecrets.SigningKey,
            ["CitizenIdentity__Key"] = TestSecrets.CitizenIdKey,
        };
        foreach (var module in new[] { "social", "employment", "aftercare", "coordination" })
        {
            environment[$"Databases__{module}__ConnectionString"] = $"Data Source={Path.Combine(data, module + ".db")}";
        }

        var process = new ServiceProcess("standalone",
            HubTopology.BuiltAssembly("services/Hub.Standalone", "Hub.Standalone.dll"), ServiceProcess.FreePort(), environment);
        await process.StartAsync();
        return new HubUnderTest("standalone", data, process.BaseAddress, new Uri($"http://127.0.0.1:{servicesPort}"), [process], null, process);
    }

    public async ValueTask DisposeAsync()
    {
        if (_topology is not null) await _topology.DisposeAsync();
        if (_standalone is not null)
        {
            await _standalone.DisposeAsync();
            try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
        }
    }
}
