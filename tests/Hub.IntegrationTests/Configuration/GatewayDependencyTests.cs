using System.Reflection;
using System.Text.Json;
using Hub.Gateway;
using Hub.Testing;

namespace Hub.IntegrationTests.Configuration;

/// <summary>The gateway has no bus: neither MassTransit nor the RabbitMQ client is in its dependency closure.</summary>
public sealed class GatewayDependencyTests
{
    private static readonly string[] BusLibraries = ["MassTransit", "RabbitMQ"];

    [Fact]
    public void The_gateway_host_ships_no_bus_library()
    {
        var deps = HubTopology.BuiltAssembly("gateway/Hub.Gateway.Host", "Hub.Gateway.Host.deps.json");
        Assert.True(File.Exists(deps), $"The gateway host is not built at {deps}; build Hub.sln first.");

        using var json = JsonDocument.Parse(File.ReadAllText(deps));
        var libraries = json.RootElement.GetProperty("libraries").EnumerateObject().Select(l => l.Name).ToList();

        Assert.Contains(libraries, l => l.StartsWith("Hub.ServiceDefaults/", StringComparison.Ordinal));
        Assert.Contains(libraries, l => l.StartsWith("Yarp.ReverseProxy/", StringComparison.Ordinal));
        Assert.DoesNotContain(libraries, l => BusLibraries.Any(bus => l.StartsWith(bus, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void No_assembly_the_gateway_references_references_a_bus_library()
    {
        var closure = ReferenceClosure(typeof(GatewayExtensions).Assembly);

        Assert.Contains("Hub.ServiceDefaults", closure);
        Assert.DoesNotContain(closure, name => BusLibraries.Any(bus => name.StartsWith(bus, StringComparison.OrdinalIgnoreCase)));
    }

    private static HashSet<string> ReferenceClosure(Assembly root)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { root.GetName().Name! };
        var pending = new Queue<Assembly>([root]);
        while (pending.TryDequeue(out var assembly))
        {
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                // The framework's own assemblies reference nothing of ours; only the app's are followed.
                if (!seen.Add(reference.Name!) || !reference.Name!.StartsWith("Hub.", StringComparison.Ordinal))
                {
                    continue;
                }

                pending.Enqueue(Assembly.Load(reference));
            }
        }

        return seen;
    }
}
