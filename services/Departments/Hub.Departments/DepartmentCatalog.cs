using Hub.Persistence;
using Microsoft.Extensions.Options;

namespace Hub.Departments;

/// <summary>The departments this process serves (all three in standalone, one in a department's own service).</summary>
public sealed class DepartmentCatalog(IEnumerable<DepartmentCatalog.Registration> registrations, IOptionsMonitor<DepartmentOptions> options, IServiceProvider services)
{
    public sealed record Registration(string Key);

    private readonly Dictionary<string, DepartmentProfile> _profiles = registrations.ToDictionary(
        r => r.Key,
        r => DepartmentProfile.For(r.Key, options.Get(r.Key)),
        StringComparer.Ordinal);

    public IReadOnlyCollection<DepartmentProfile> Profiles => _profiles.Values;

    public bool Serves(string key) => _profiles.ContainsKey(key);

    /// <summary>The served department <paramref name="key"/> with its own database; null if this process does not serve it.</summary>
    public DepartmentContext? Find(string key) =>
        _profiles.TryGetValue(key, out var profile) ? new DepartmentContext(profile, services.Database(key)) : null;

    /// <summary>A department this process is known to serve (one of <see cref="Profiles"/>, or a route the group filter let through).</summary>
    public DepartmentContext Get(string key) => Find(key) ?? throw new InvalidOperationException($"This process does not serve the department '{key}'.");
}
