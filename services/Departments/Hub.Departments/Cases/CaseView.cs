using Hub.Departments.Contacts;
using Hub.Departments.Goals;
using Hub.Departments.HubDecisions;
using Hub.Departments.Interventions;
using Hub.Departments.Notifications;
using Hub.Persistence;

namespace Hub.Departments.Cases;

/// <summary>
/// <c>GET /api/{department}/cases/{caseId}</c>: what the department has sent about a case, and what the hub
/// decided that concerns it (lead caseworker, combined plan), as learned from the hub's events.
/// </summary>
public static class CaseView
{
    public static async Task<CaseResponse?> LoadAsync(ReadUnit work, Guid caseId)
    {
        if (await CaseStore.FindAsync(work, caseId) is not { } record) return null;
        var interventions = await InterventionStore.ForCaseAsync(work, caseId);
        var goals = await GoalStore.ForCaseAsync(work, caseId);
        var contacts = await ContactStore.ForCaseAsync(work, caseId);
        var notifications = await NotificationStore.ForCaseAsync(work, caseId);
        var coordination = await CoordinationStore.FindAsync(work, record.CitizenId);
        return new CaseResponse(
            record.CaseId, record.CitizenId, record.CaseType, record.CaseworkerId, record.CaseworkerName, record.Status,
            record.OpenedAt, record.ClosedAt, record.CloseReason, record.ExternalId, record.Sequence,
            interventions.Select(i => new CaseInterventionResponse(
                i.InterventionId, i.Type, i.LegalBasis, i.StartsOn, i.PlannedEndOn, i.Description, i.GoalIds, i.EndedOn, i.EndReason,
                i.IsEnded ? "ended" : "active")).ToList(),
            goals.Select(g => new CaseGoalResponse(g.GoalId, g.Text, g.FsiiiCondition, g.CurrentLevel, g.TargetLevel, g.SetAt)).ToList(),
            contacts.Select(c => new CaseContactResponse(c.ContactId, c.Kind, c.At, c.Participants)).ToList(),
            notifications.Select(n => new CaseNotificationResponse(n.NotificationId, n.ReceivedAt, n.Source, n.AssessedAt, n.Outcome)).ToList(),
            new CaseCoordinationResponse(
                coordination?.LeadCaseworkerId is { } lead
                    ? new LeadCaseworkerResponse(lead, coordination.LeadDepartment, coordination.LeadReason, coordination.LeadSince)
                    : null,
                coordination?.PlanVersion is { } version ? new CombinedPlanResponse(version, coordination.PlanArchived) : null));
    }
}
