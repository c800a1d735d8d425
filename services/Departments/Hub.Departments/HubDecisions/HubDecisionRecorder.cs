using Hub.Departments.Cases;
using Hub.Persistence;

namespace Hub.Departments.HubDecisions;

/// <summary>
/// Writes one hub decision into every department this process serves that has a case with the citizen
/// (in standalone that can be several departments, each in its own database), once per event id.
/// </summary>
public sealed class HubDecisionRecorder(DepartmentCatalog catalog)
{
    public async Task RecordAsync(Guid eventId, string citizenId, string consumer, Func<UnitOfWork, Task> apply, CancellationToken ct)
    {
        foreach (var profile in catalog.Profiles)
        {
            await using var work = await catalog.Get(profile.Key).Database.BeginAsync(ct);
            if (!(await CaseStore.ForCitizenAsync(work, citizenId)).Any()) continue;
            if (!await work.TryMarkHandledAsync(eventId, consumer)) continue;
            await apply(work);
            await work.CommitAsync(ct);
        }
    }
}
