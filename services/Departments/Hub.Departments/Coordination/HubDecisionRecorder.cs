using Hub.Departments.Cases;
using Hub.Persistence;

namespace Hub.Departments.Coordination;

/// <summary>
/// Writes one hub decision into every centre this process serves that has a case with the citizen
/// (in standalone that can be several centres, each in its own database), once per event id.
/// </summary>
public sealed class HubDecisionRecorder(DepartmentCatalog catalog, IServiceProvider services)
{
    public async Task RecordAsync(Guid eventId, string citizenId, string consumer, Func<UnitOfWork, Task> apply, CancellationToken ct)
    {
        foreach (var profile in catalog.Profiles)
        {
            var centre = DepartmentContext.Resolve(services, profile.Key)!;
            await using var work = await centre.Database.BeginAsync(ct);
            if (!(await CaseStore.ForCitizenAsync(work, citizenId)).Any()) continue;
            if (!await work.TryMarkHandledAsync(eventId, consumer)) continue;
            await apply(work);
            await work.CommitAsync(ct);
        }
    }
}
