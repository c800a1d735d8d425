using Hub.Persistence;

namespace Hub.Departments;

/// <summary>A request's department: its profile and its own database.</summary>
public sealed record DepartmentContext(DepartmentProfile Profile, ModuleDatabase Database)
{
    public string Key => Profile.Key;

    /// <summary>
    /// Set while a batch runs its commands: the batch's open transaction, which every write and look-up of its commands
    /// joins (each under the batch's savepoint) instead of taking the next group commit of its own.
    /// </summary>
    public UnitOfWork? Enclosing { get; init; }
}
