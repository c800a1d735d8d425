using Hub.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Departments;

/// <summary>The centres this process serves (all three in standalone, one in a centre's own service).</summary>
public sealed class DepartmentCatalog(IEnumerable<DepartmentCatalog.Registration> registrations, IOptionsMonitor<DepartmentOptions> options)
{
    public sealed record Registration(string Key);

    private readonly Dictionary<string, DepartmentProfile> _profiles = registrations.ToDictionary(
        r => r.Key,
        r => DepartmentProfile.For(r.Key, options.Get(r.Key)),
        StringComparer.Ordinal);

    public IReadOnlyCollection<DepartmentProfile> Profiles => _profiles.Values;

    public bool TryGet(string key, out DepartmentProfile profile) => _profiles.TryGetValue(key, out profile!);
}

/// <summary>A request's centre: its profile and its own database.</summary>
public sealed record DepartmentContext(DepartmentProfile Profile, ModuleDatabase Database)
{
    public string Key => Profile.Key;

    public static DepartmentContext? Resolve(IServiceProvider services, string department)
    {
        var catalog = services.GetRequiredService<DepartmentCatalog>();
        return catalog.TryGet(department, out var profile)
            ? new DepartmentContext(profile, services.Database(department))
            : null;
    }
}
