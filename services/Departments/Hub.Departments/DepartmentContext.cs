using Hub.Persistence;

namespace Hub.Departments;

/// <summary>A request's department: its profile and its own database.</summary>
public sealed record DepartmentContext(DepartmentProfile Profile, ModuleDatabase Database)
{
    public string Key => Profile.Key;
}
