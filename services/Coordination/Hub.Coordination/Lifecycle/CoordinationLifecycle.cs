using Hub.Api.Explanations;
using Hub.Contracts.Coordination;
using Hub.Coordination.Explanations;
using Hub.Coordination.Deadlines;
using Hub.Coordination.Leads;
using Hub.Coordination.Plans;
using Hub.Coordination.Registry;
using Hub.Persistence;
using Microsoft.Extensions.Options;

namespace Hub.Coordination.Lifecycle;

/// <summary>
/// After anything that can change who coordinates a citizen (a case event, consent, an override, the
/// clock), brings the lead and the plan in line: a coordinated citizen (<see cref="CoordinationState"/>)
/// gets one lead and an active plan; anyone else has neither. Called inside the same write unit as the change
/// that caused it: by the endpoints (consent, override), the deadline pass, and for every centre event by
/// <see cref="LifecycleProjection"/>, the last projection.
/// </summary>
public sealed class CoordinationLifecycle(PlanService plans, IOptions<LeadOptions> leadOptions)
{

    /// <param name="reevaluatePlan">The change can alter the plan's items without a new version (a consent's scope): evaluate an active plan again.</param>
    public async Task ReconcileAsync(WriteUnit work, string citizenId, CoordinationState citizen, DateTimeOffset now, bool reevaluatePlan = false)
    {
        var current = await LeadStore.CurrentAsync(work, citizenId);
        if (!citizen.Active.IsCrossDepartmental)
        {
            await ReleaseAsync(work, citizenId, current, Explanation.Of(LeadReleaseCodes.CoordinationEnded), now);
            await plans.ArchiveAsync(work, citizenId, citizen, Explanation.Of(PlanVersionReasonCodes.CoordinationEnded), now);
            return;
        }

        if (!citizen.IsCoordinated)
        {
            // Awaiting consent: the plan is kept but not shared (reads check consent), and nobody leads.
            await ReleaseAsync(work, citizenId, current, Explanation.Of(LeadReleaseCodes.AwaitingConsent, (ExplanationArgs.Status, citizen.Consent.Status)), now);
            return;
        }

        var candidates = citizen.Active.Cases
            .Where(c => c.CaseworkerId is not null && citizen.SharedDepartments.Contains(c.Department))
            .Select(c => LeadCandidate.Of(c, now))
            .ToList();
        var decision = LeadPolicy.Decide(candidates, current is null ? null : new CurrentLead(current.CaseworkerId, current.Department, current.CaseId, current.IsOverride), leadOptions.Value);
        if (decision is not null)
        {
            await ApplyDecisionAsync(work, citizenId, current, decision, citizen.SharedDepartments, now);
        }

        await plans.StartAsync(work, citizenId, citizen, now, reevaluatePlan);
    }

    private async Task ApplyDecisionAsync(WriteUnit work, string citizenId, LeadRow? current, LeadDecision decision, IReadOnlyList<string> sharedWith, DateTimeOffset now)
    {
        var lead = decision.Lead;
        if (current is not null && current.CaseworkerId == lead.CaseworkerId && current.Department == lead.Department)
        {
            if (current.CaseId != lead.CaseId) await LeadStore.MoveToCaseAsync(work, citizenId, lead.CaseId, lead.Department);
            return;
        }

        await ReleaseAsync(work, citizenId, current, Explanation.Of(LeadReleaseCodes.Reassigned, (ExplanationArgs.CaseworkerId, lead.CaseworkerId)), now);
        await AssignAsync(work, citizenId, lead, decision.Reason, isOverride: false, assignedBy: "hub", sharedWith, now);
        if (decision.EveryoneOverCap)
        {
            await AlertStore.RaiseAsync(work, AlertDue.Of(
                $"{AlertKinds.LeadAssignedOverCap}:{citizenId}:{lead.CaseworkerId}", AlertKinds.LeadAssignedOverCap, citizenId, lead.Department, lead.CaseworkerId, now,
                (ExplanationArgs.CaseworkerId, lead.CaseworkerId), (ExplanationArgs.Caseload, Arg.Number(lead.Caseload)), (ExplanationArgs.Cap, Arg.Number(leadOptions.Value.CaseloadCap))), now);
        }
    }

    /// <param name="sharedWith">The centres the consent lets share: only they learn the lead and the reason, which names their case types.</param>
    public static async Task AssignAsync(
        WriteUnit work, string citizenId, LeadCandidate lead, Explanation reason, bool isOverride, string assignedBy, IReadOnlyList<string> sharedWith, DateTimeOffset now)
    {
        var text = English.Text(reason);
        await LeadStore.AssignAsync(work, citizenId, new LeadRow
        {
            CaseworkerId = lead.CaseworkerId, Department = lead.Department, CaseId = lead.CaseId, Reason = text, Since = now,
            IsOverride = isOverride, AssignedBy = assignedBy, ReasonCode = reason.Code, ReasonArgs = Arg.Json(reason.Args),
        });
        var assigned = new LeadCaseworkerAssigned(
            Guid.CreateVersion7(), citizenId, lead.CaseworkerId, lead.Department, lead.CaseId, text, now, sharedWith, reason.Code, reason.Args);
        await work.PublishAsync(assigned, assigned.EventId);
    }

    public static async Task ReleaseAsync(WriteUnit work, string citizenId, LeadRow? current, Explanation reason, DateTimeOffset now)
    {
        if (current is null) return;
        await LeadStore.ReleaseAsync(work, citizenId, reason, now);
        var released = new LeadCaseworkerReleased(
            Guid.CreateVersion7(), citizenId, current.CaseworkerId, current.Department, English.Text(reason), now, reason.Code, reason.Args);
        await work.PublishAsync(released, released.EventId);
    }
}
