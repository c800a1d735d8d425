using Hub.Departments.Contacts;
using Hub.Departments.Coordination;
using Hub.Departments.Goals;
using Hub.Departments.Interventions;
using Hub.Departments.Notifications;
using Hub.Persistence;

namespace Hub.Departments.Cases;

/// <summary>
/// <c>GET /api/{department}/cases/{caseId}</c>: what the centre has sent about a case, and what the hub
/// decided that concerns it (lead caseworker, combined plan), as learned from the hub's events.
/// </summary>
public static class CaseView
{
    public static async Task<object?> LoadAsync(UnitOfWork work, Guid caseId)
    {
        if (await CaseStore.FindAsync(work, caseId) is not { } record) return null;
        var interventions = await InterventionStore.ForCaseAsync(work, caseId);
        var goals = await GoalStore.ForCaseAsync(work, caseId);
        var contacts = await ContactStore.ForCaseAsync(work, caseId);
        var notifications = await NotificationStore.ForCaseAsync(work, caseId);
        var coordination = await CoordinationStore.FindAsync(work, record.CitizenId);
        return new
        {
            record.CaseId, record.CitizenId, record.CaseType, record.CaseworkerId, record.CaseworkerName, record.Status,
            record.OpenedAt, record.ClosedAt, record.CloseReason, record.ExternalId, record.Sequence,
            interventions = interventions.Select(i => new
            {
                i.InterventionId, i.Type, i.LegalBasis, i.StartsOn, i.PlannedEndOn, i.Description, i.GoalIds, i.EndedOn, i.EndReason,
                status = i.IsEnded ? "ended" : "active",
            }),
            goals = goals.Select(g => new { g.GoalId, g.Text, g.FsiiiCondition, g.CurrentLevel, g.TargetLevel, g.SetAt }),
            contacts = contacts.Select(c => new { c.ContactId, c.Kind, c.At, c.Participants }),
            notifications = notifications.Select(n => new { n.NotificationId, n.ReceivedAt, n.Source, n.AssessedAt, n.Outcome }),
            coordination = new
            {
                lead = coordination?.LeadCaseworkerId is null ? null : new
                {
                    caseworkerId = coordination.LeadCaseworkerId, department = coordination.LeadDepartment,
                    reason = coordination.LeadReason, since = coordination.LeadSince,
                },
                combinedPlan = coordination?.PlanVersion is null ? null : new { version = coordination.PlanVersion, archived = coordination.PlanArchived },
            },
        };
    }
}
