using Hub.Api.Consents;
using Hub.Contracts;
using Hub.Coordination.Access;
using Hub.Coordination.Lifecycle;
using Hub.ServiceDefaults.Errors;
using Hub.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hub.Coordination.Consent;

/// <summary>
/// <c>POST /api/citizens/{id}/consents</c> and <c>.../consents/withdraw</c>, recorded by an involved
/// caseworker or team leader of a centre in the scope, with the evidence of how the citizen gave it. Coordination follows in the same transaction: a lead and a plan once consent
/// covers two active centres, and sharing stops at once on withdrawal.
/// </summary>
public static class ConsentEndpoints
{
    private const int MaxTextLength = 500;

    public static void MapConsentEndpoints(this RouteGroupBuilder citizens)
    {
        citizens.MapPost("/{citizenId}/consents", Give).WithCitizenWrite("consent");
        citizens.MapPost("/{citizenId}/consents/withdraw", Withdraw).WithCitizenWrite("consent-withdraw").ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static async Task<Results<Created<ConsentGiven>, ValidationProblem>> Give(
        HttpContext http, GiveConsentRequest? request, CoordinationLifecycle lifecycle)
    {
        var session = CitizenSession.Of(http);
        var (work, citizenId, now) = (session.Writes, session.CitizenId, session.Now);
        var scope = (request?.Scope ?? []).Select(d => d?.Trim() ?? "").Distinct().ToList();
        if (scope.Count < 2 || !scope.All(Departments.IsKnown))
        {
            return ApiProblems.Invalid("scope", $"'scope' must list at least two centres that may share, from: {string.Join(", ", Departments.All)}.");
        }

        if (request?.Purpose is not { } purpose || string.IsNullOrWhiteSpace(purpose) || purpose.Length > MaxTextLength)
        {
            return ApiProblems.Invalid("purpose", $"'purpose' is required (at most {MaxTextLength} characters): what the citizen consented to.");
        }

        if (request.ExpiresOn is { } expires && expires < DateOnly.FromDateTime(now.UtcDateTime))
        {
            return ApiProblems.Invalid("expiresOn", "'expiresOn' must not be in the past.");
        }

        if (ConsentEvidenceRules.Problem(request.Evidence) is { } evidenceProblem) return ApiProblems.Invalid("evidence", evidenceProblem);

        // A centre records the consent it was given: one that leaves the recorder's own centre out shares nothing of theirs.
        var recorderDepartment = http.User.DepartmentOf();
        if (recorderDepartment is null || !scope.Contains(recorderDepartment))
        {
            return ApiProblems.Invalid("scope", $"'scope' must include your own centre ({recorderDepartment ?? "none"}): a centre records the consent it was given.");
        }

        var evidence = request.Evidence!;
        await ConsentStore.RecordAsync(work, citizenId, new NewConsent(
            scope, purpose.Trim(), request.ExpiresOn, evidence.GivenBy!, evidence.Kind!, evidence.Reference!.Trim(),
            http.User.SubjectId() ?? "unknown", recorderDepartment), now);
        var consent = await ConsentStore.CurrentAsync(work, citizenId, now);
        await lifecycle.ReconcileAsync(work, citizenId, new CoordinationState(session.Access.Active, consent), now, reevaluatePlan: true);
        return TypedResults.Created($"/api/citizens/{citizenId}", new ConsentGiven(citizenId, ConsentStatuses.Given, scope, request.ExpiresOn));
    }

    public static async Task<Results<Ok<ConsentWithdrawn>, ValidationProblem, ProblemHttpResult>> Withdraw(
        HttpContext http, WithdrawConsentRequest? request, CoordinationLifecycle lifecycle)
    {
        var session = CitizenSession.Of(http);
        var (work, citizenId, now) = (session.Writes, session.CitizenId, session.Now);
        if (request?.Reason is { Length: > MaxTextLength }) return ApiProblems.Invalid("reason", $"'reason' must be at most {MaxTextLength} characters.");

        var consent = session.Access.Consent;
        if (consent is not { Status: ConsentStatuses.Given, Record: { } given })
        {
            return ApiProblems.Conflict("No consent to withdraw.", $"The citizen's consent status is '{consent.Status}'.");
        }

        await ConsentStore.WithdrawAsync(work, given.ConsentId, http.User.SubjectId() ?? "unknown", request?.Reason, now);
        var withdrawn = await ConsentStore.CurrentAsync(work, citizenId, now);
        await lifecycle.ReconcileAsync(work, citizenId, new CoordinationState(session.Access.Active, withdrawn), now);
        return TypedResults.Ok(new ConsentWithdrawn(citizenId, ConsentStatuses.Withdrawn));
    }
}
