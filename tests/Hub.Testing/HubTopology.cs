using System.Net.Http.Headers;

namespace Hub.Testing;

/// <summary>
/// The whole hub as separate OS processes against the real broker: the three centre services, the
/// coordination hub and the gateway in front, each with its own SQLite database in a temp folder and
/// all on a fresh RabbitMQ virtual host.
/// </summary>
public sealed class HubTopology : IAsyncDisposable
{
    private readonly Dictionary<string, ServiceProcess> _services = new(StringComparer.Ordinal);

    private HubTopology(string virtualHost, string dataFolder, BrokerAccounts? accounts)
    {
        VirtualHost = virtualHost;
        DataFolder = dataFolder;
        Accounts = accounts;
    }

    public string VirtualHost { get; }

    /// <summary>The broker accounts the services log in with, when started with <c>ownBrokerAccounts</c>.</summary>
    public BrokerAccounts? Accounts { get; }
    public string DataFolder { get; }
    public ServiceProcess Gateway => _services["gateway"];
    public ServiceProcess this[string name] => _services[name];
    public IEnumerable<ServiceProcess> Services => _services.Values;

    public static readonly IReadOnlyList<(string Name, string Project, string Assembly)> Layout =
    [
        ("social", "services/Departments/Hub.SocialServices", "Hub.SocialServices.dll"),
        ("employment", "services/Departments/Hub.Employment", "Hub.Employment.dll"),
        ("aftercare", "services/Departments/Hub.Aftercare", "Hub.Aftercare.dll"),
        ("coordination", "services/Coordination/Hub.Coordination.Host", "Hub.Coordination.Host.dll"),
        ("gateway", "gateway/Hub.Gateway.Host", "Hub.Gateway.Host.dll"),
    ];

    /// <param name="extraEnvironment">Overrides for every service, e.g. to capture telemetry.</param>
    /// <param name="ownBrokerAccounts">Each service logs in with its own least-privilege account, not guest.</param>
    /// <param name="instances">
    /// More than one process of a service, e.g. <c>["coordination"] = 2</c>: the same database file and the same
    /// queue (competing consumers). The second is named <c>coordination#2</c>; all start at once, so their
    /// migrations race on the fresh file as they would in a rolling start.
    /// </param>
    public static async Task<HubTopology> StartAsync(
        string name, IReadOnlyDictionary<string, string>? extraEnvironment = null, bool ownBrokerAccounts = false,
        IReadOnlyDictionary<string, int>? instances = null)
    {
        var virtualHost = await TestBroker.CreateVirtualHostAsync(name);
        var accounts = ownBrokerAccounts ? await BrokerAccounts.CreateAsync(virtualHost) : null;
        var data = Directory.CreateTempSubdirectory($"hub-{name}-").FullName;
        var topology = new HubTopology(virtualHost, data, accounts);
        var ports = Layout.ToDictionary(s => s.Name, _ => ServiceProcess.FreePort());

        foreach (var (service, project, assembly) in Layout)
        {
            var environment = new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Testing",
                ["Auth__SigningKey"] = TestSecrets.SigningKey,
                ["CitizenIdentity__Key"] = TestSecrets.CitizenIdKey,
                ["Messaging__Transport"] = "RabbitMq",
                ["Messaging__RabbitMq__Host"] = TestBroker.Host,
                ["Messaging__RabbitMq__Port"] = TestBroker.Port.ToString(),
                ["Messaging__RabbitMq__VirtualHost"] = virtualHost,
                [$"Databases__{service}__ConnectionString"] = $"Data Source={Path.Combine(data, service + ".db")}",
            };
            if (accounts is not null && service != "gateway")
            {
                environment["Messaging__RabbitMq__Username"] = BrokerAccounts.ServiceUser(service);
                environment["Messaging__RabbitMq__Password"] = accounts.PasswordOf(BrokerAccounts.ServiceUser(service));
            }

            foreach (var (cluster, _, _) in Layout.Where(s => s.Name != "gateway"))
            {
                environment[$"ReverseProxy__Clusters__{cluster}__Destinations__d1__Address"] = $"http://127.0.0.1:{ports[cluster]}";
            }

            foreach (var (key, value) in extraEnvironment ?? new Dictionary<string, string>()) environment[key] = value;
            topology._services[service] = new ServiceProcess(service, BuiltAssembly(project, assembly), ports[service], environment);
            for (var instance = 2; instance <= (instances?.GetValueOrDefault(service) ?? 1); instance++)
            {
                var extra = InstanceName(service, instance);
                topology._services[extra] = new ServiceProcess(extra, BuiltAssembly(project, assembly), ServiceProcess.FreePort(), environment);
            }
        }

        try
        {
            // Services first, the gateway last: its readiness waits for all of them.
            await Task.WhenAll(topology._services.Values.Where(s => s.Name != "gateway").Select(s => s.StartAsync()));
            await topology.Gateway.StartAsync();
        }
        catch
        {
            await topology.DisposeAsync();
            throw;
        }

        return topology;
    }

    /// <summary>The name of a service's further process: <c>coordination#2</c>.</summary>
    public static string InstanceName(string service, int instance) => instance == 1 ? service : $"{service}#{instance}";

    public HttpClient GatewayClient(string? token)
    {
        var client = new HttpClient { BaseAddress = Gateway.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var service in _services.Values.Reverse()) await service.DisposeAsync();
        try
        {
            await TestBroker.DeleteVirtualHostAsync(VirtualHost);
        }
        catch (InvalidOperationException)
        {
            // The broker may be down after a fault test; the vhost goes with the next reset.
        }

        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
    }

    /// <summary>The host's build output for this test assembly's configuration (Debug/Release).</summary>
    public static string BuiltAssembly(string project, string assembly)
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        return Path.Combine(RepositoryRoot(), project, "bin", configuration, "net10.0", assembly);
    }

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Hub.sln"))) return folder.FullName;
        }

        throw new InvalidOperationException("Hub.sln not found above the test assembly.");
    }
}
