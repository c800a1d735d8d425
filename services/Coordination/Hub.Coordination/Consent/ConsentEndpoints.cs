using Hub.Contracts;
using Hub.Coordination.Access;
using Hub.Coordination.Citizens;
using Hub.Coordination.Lifecycle;
using Hub.Persistence;
using Hub.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Coordination.Consent;

public sealed record GiveConsentRequest(IReadOnlyList<string>? Scope, string? Purpose, DateOnly? ExpiresOn);

public sealed record WithdrawConsentRequest(string? Reason);

/// <summary>
/// <c>POST /api/citizens/{id}/consents</c> and <c>.../consents/withdraw</c>, recorded by an involved
/// caseworker or team leader. Coordination follows in the same transaction: a lead and a plan once consent
/// covers two active centres, and sharing stops at once on withdrawal.
/// </summary>
public static class ConsentEndpoints
{
    public static void MapConsentEndpoints(this RouteGroupBuilder citizens)
    {
        citizens.MapPost("/{citizenId}/consents", Give);
        citizens.MapPost("/{citizenId}/consents/withdraw", Withdraw);
    }

    private static async Task<IResult> Give(
        HttpContext http, string citizenId, GiveConsentRequest? request, TimeProvider time, CoordinationLifecycle lifecycle,
        [FromKeyedServices(CoordinationModule.DatabaseName)] ModuleDatabase database, CancellationToken ct)
    {
        if (CitizenProblems.InvalidId(citizenId) is { } invalid) return invalid;
        var now = time.GetUtcNow();
        var scope = (request?.Scope ?? []).Select(d => d?.Trim() ?? "").Distinct().ToList();
        if (scope.Count < 2 || !scope.All(Departments.IsKnown))
        {
            return CitizenProblems.Invalid("scope", $"'scope' must list at least two centres that may share, from: {string.Join(", ", Departments.All)}.");
        }

        if (string.IsNullOrWhiteSpace(request!.Purpose) || request.Purpose.Length > 500)
        {
            return CitizenProblems.Invalid("purpose", "'purpose' is required (at most 500 characters): what the citizen consented to.");
        }

        if (request.ExpiresOn is { } expires && expires < DateOnly.FromDateTime(now.UtcDateTime))
        {
            return CitizenProblems.Invalid("expiresOn", "'expiresOn' must not be in the past.");
        }

        await using var work = await database.BeginAsync(ct);
        if (await AllowedAsync(work, http, citizenId, now) is { } refused) return refused;
        await ConsentStore.RecordAsync(work, citizenId, scope, request.Purpose.Trim(), request.ExpiresOn, http.User.SubjectId() ?? "unknown", now);
        await lifecycle.ReconcileAsync(work, citizenId, now);
        await work.CommitAsync(ct);
        return Results.Created($"/api/citizens/{citizenId}", new { citizenId, status = ConsentStatuses.Given, scope, expiresOn = request.ExpiresOn });
    }

    private static async Task<IResult> Withdraw(
        HttpContext http, string citizenId, WithdrawConsentRequest? request, TimeProvider time, CoordinationLifecycle lifecycle,
        [FromKeyedServices(CoordinationModule.DatabaseName)] ModuleDatabase database, CancellationToken ct)
    {
        if (CitizenProblems.InvalidId(citizenId) is { } invalid) return invalid;
        if (request?.Reason is { Length: > 500 }) return CitizenProblems.Invalid("reason", "'reason' must be at most 500 characters.");
        var now = time.GetUtcNow();

        await using var work = await database.BeginAsync(ct);
        if (await AllowedAsync(work, http, citizenId, now) is { } refused) return refused;
        var consent = await ConsentStore.CurrentAsync(work, citizenId, now);
        if (consent.Status != ConsentStatuses.Given)
        {
            return CitizenProblems.Conflict("No consent to withdraw.", $"The citizen's consent status is '{consent.Status}'.");
        }

        await ConsentStore.WithdrawAsync(work, consent.Record!.ConsentId, http.User.SubjectId() ?? "unknown", request?.Reason, now);
        await lifecycle.ReconcileAsync(work, citizenId, now);
        await work.CommitAsync(ct);
        return Results.Ok(new { citizenId, status = ConsentStatuses.Withdrawn });
    }

    private static async Task<IResult?> AllowedAsync(UnitOfWork work, HttpContext http, string citizenId, DateTimeOffset now)
    {
        if (!await CitizenQueries.ExistsAsync(work, citizenId)) return CitizenProblems.UnknownCitizen();
        var access = await CitizenAccess.DecideAsync(work, http.User, citizenId, now);
        return access.Allowed ? null : CitizenProblems.Forbidden(access.Reason);
    }
}
