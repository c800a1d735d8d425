using Hub.Api.Citizens;
using Hub.Coordination.Access;
using Hub.Coordination.Deadlines;
using Hub.Coordination.Leads;
using Hub.Coordination.Plans;
using Hub.Persistence;

namespace Hub.Coordination.Citizens;

/// <summary>Reads for the unified view, cut to what the reader's <see cref="AccessDecision"/> allows.</summary>
public static class CitizenQueries
{
    public static async Task<bool> ExistsAsync(ReadUnit work, string citizenId) =>
        await work.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM citizens WHERE citizen_id = @CitizenId", new { CitizenId = citizenId }) > 0;

    /// <summary>The unified view from the facts the access path already read, the cases, the plan header and the alerts.</summary>
    public static async Task<CitizenView> ViewAsync(CitizenSession session)
    {
        var (work, citizenId, access) = (session.Work, session.CitizenId, session.Access);
        var departments = (await work.QueryAsync<DepartmentCase>(
            """
            SELECT department AS Department, case_id AS CaseId, case_type AS CaseType, caseworker_id AS CaseworkerId,
                   caseworker_name AS CaseworkerName, CASE WHEN opened_seen = 0 AND status = 'open' THEN 'pending' ELSE status END AS Status,
                   opened_at AS OpenedAt
            FROM hub_cases WHERE citizen_id = @CitizenId ORDER BY department, opened_at
            """,
            new { CitizenId = citizenId }))
            .Where(c => access.Shows(c.Department, c.Status))
            .ToList();

        var consent = access.Consent;
        var consentView = new ConsentStatus(consent.Status, consent.Scope, consent.Record?.Purpose, consent.Record?.ExpiresOn);

        LeadView? lead = null;
        IReadOnlyList<LeadHistoryView> history = [];
        PlanSummary? plan = null;
        if (access.SeesSharedData)
        {
            if (access.Lead is { } current && access.VisibleDepartments.Contains(current.Department))
            {
                var why = current.Why;
                lead = new LeadView(current.CaseworkerId, current.Department, current.Reason, current.Since, current.IsOverride, why.Code, why.Args);
            }

            history = (await LeadStore.HistoryAsync(work, citizenId)).Where(h => access.VisibleDepartments.Contains(h.Department))
                .Select(h => new LeadHistoryView(
                    h.CaseworkerId, h.Department, h.Reason, h.Since, h.ReleasedAt, h.ReleaseReason, h.AssignedBy,
                    h.Why.Code, h.Why.Args, h.WhyReleased?.Code, h.WhyReleased?.Args)).ToList();
            if (await PlanStore.HeaderAsync(work, citizenId) is { } header)
            {
                plan = new PlanSummary(header.Version, header.Status, header.NextFollowUpOn, header.Findings);
            }
        }

        var alerts = (await AlertStore.OpenAsync(work, null, null, citizenId))
            .Where(a => a.Department is null || access.VisibleDepartments.Contains(a.Department))
            .Select(a => new AlertView(a.Kind, a.Message, a.DueAt, a.Department, a.CaseworkerId, a.Args)).ToList();

        return new CitizenView(citizenId, access.Active.IsCrossDepartmental, access.Citizen.AwaitingConsent, departments, consentView, lead, history, plan, alerts);
    }
}
