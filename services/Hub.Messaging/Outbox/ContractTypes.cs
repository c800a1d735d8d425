using System.Collections.Frozen;
using Hub.Contracts;

namespace Hub.Messaging.Outbox;

/// <summary>Resolves an outbox row's stored type name back to its contract record.</summary>
public static class ContractTypes
{
    private static readonly FrozenDictionary<string, Type> ByName = typeof(IDepartmentEvent).Assembly
        .GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false, FullName: not null } && t.Namespace?.StartsWith("Hub.Contracts", StringComparison.Ordinal) == true)
        .ToFrozenDictionary(t => t.FullName!);

    public static Type Resolve(string name) =>
        ByName.TryGetValue(name, out var type) ? type : throw new InvalidOperationException($"Unknown contract type '{name}'.");
}
