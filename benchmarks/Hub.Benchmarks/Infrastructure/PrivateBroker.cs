using Hub.Testing;

namespace Hub.Benchmarks.Infrastructure;

/// <summary>
/// The RabbitMQ node the run uses. Under <c>scripts/test.sh</c> (RABBITMQ_TEST_* set) it is that node;
/// otherwise the run starts its own private node through scripts/rabbitmq.sh (own ports and data
/// directory, overridable with RABBIT_*), and stops it at the end.
/// </summary>
public sealed class PrivateBroker : IAsyncDisposable
{
    private static readonly Dictionary<string, string> Defaults = new()
    {
        ["RABBIT_DIR"] = Path.Combine(Path.GetTempPath(), "hub-bench-rabbitmq"),
        ["RABBIT_PORT"] = "5689",
        ["RABBIT_DIST_PORT"] = "25689",
        ["RABBIT_EPMD_PORT"] = "4389",
        ["RABBIT_NODE"] = "hubbench",
    };

    private readonly bool _ownNode;

    private PrivateBroker(bool ownNode) => _ownNode = ownNode;

    public static async Task<PrivateBroker> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("RABBITMQ_TEST_HOST") is not null)
        {
            Progress.Step($"broker: using the node of the test run on port {TestBroker.Port}");
            return new PrivateBroker(ownNode: false);
        }

        foreach (var (key, value) in Defaults)
        {
            if (Environment.GetEnvironmentVariable(key) is null) Environment.SetEnvironmentVariable(key, value);
        }

        var control = Path.Combine(HubTopology.RepositoryRoot(), "scripts", "rabbitmq.sh");
        Progress.Step($"broker: starting a private RabbitMQ node on 127.0.0.1:{Environment.GetEnvironmentVariable("RABBIT_PORT")}");
        await Shell.RunAsync("bash", control, "install");
        await Shell.RunAsync("bash", control, "reset");
        var port = await Shell.RunAsync("bash", control, "start");
        Environment.SetEnvironmentVariable("RABBITMQ_TEST_HOST", "127.0.0.1");
        Environment.SetEnvironmentVariable("RABBITMQ_TEST_PORT", port.Split('\n').Last().Trim());
        Environment.SetEnvironmentVariable("RABBITMQ_TEST_CTL", control);
        return new PrivateBroker(ownNode: true);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_ownNode) return;
        Progress.Step("broker: stopping the private node");
        await TestBroker.ControlAsync("stop");
    }
}
