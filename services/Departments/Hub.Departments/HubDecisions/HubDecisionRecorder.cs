using Hub.Departments.Cases;
using Hub.Persistence;

namespace Hub.Departments.HubDecisions;

/// <summary>
/// Writes one hub decision into every department this process serves that has a case with the citizen
/// (in standalone that can be several departments, each in its own database) and may take it in, once per event id.
/// </summary>
public sealed class HubDecisionRecorder(DepartmentCatalog catalog)
{
    /// <param name="sharedWith">The centres that may take the decision in; null: every centre with the citizen.</param>
    public async Task RecordAsync(Guid eventId, string citizenId, IReadOnlyList<string>? sharedWith, string consumer, Func<WriteUnit, Task> apply, CancellationToken ct)
    {
        foreach (var profile in catalog.Profiles)
        {
            if (sharedWith is not null && !sharedWith.Contains(profile.Key)) continue;
            await catalog.Get(profile.Key).Database.WriteAsync(async work =>
            {
                if (!(await CaseStore.ForCitizenAsync(work, citizenId)).Any()) return;
                if (!await work.TryMarkHandledAsync(eventId, consumer)) return;
                await apply(work);
            }, ct);
        }
    }
}
