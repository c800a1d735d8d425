using Hub.Api.Caseloads;
using Hub.Coordination.Access;
using Hub.Coordination.Leads;
using Hub.Persistence;
using Hub.ServiceDefaults.Errors;
using Hub.ServiceDefaults.Security;
using Hub.ServiceDefaults.Telemetry;
using Hub.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Hub.Messaging.Operations;

namespace Hub.Coordination.Stats;

/// <summary>
/// <c>GET /api/caseworkers/{id}/caseload</c>: a caseworker is a centre and an id, and the centre is the reader's own: the
/// caseworker themself, or a team leader of the same centre. It names citizens, so it takes a purpose and every citizen
/// on the page is in the access log.
/// </summary>
public static class CaseloadEndpoints
{
    private const int DefaultPageSize = 100;
    private const int MaxPageSize = 500;

    public static IEndpointRouteBuilder MapCaseloadEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/caseworkers/{caseworkerId}/caseload", Get).RequireAuthorization(HubPolicies.CaseloadReader).WithTags("Caseload").ProducesProblem(StatusCodes.Status403Forbidden);
        app.MapGet("/api/caseworkers", ListForTeamLeader).RequireAuthorization(HubPolicies.CentreTeamLeader).WithTags("Caseload").ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    /// <summary><c>GET /api/caseworkers</c>: a team leader's overview of every caseworker with active cases in their centre.</summary>
    public static async Task<Ok<CaseloadsResponse>> ListForTeamLeader(
        HttpContext http, IOptions<LeadOptions> options,
        [FromKeyedServices(CoordinationModule.DatabaseName)] ModuleDatabase database, CancellationToken ct)
    {
        var department = http.User.DepartmentOf()!;
        var rows = (await database.ReadAsync(read => read.QueryAsync<CaseloadRow>(
            """
            SELECT c.caseworker_id AS CaseworkerId, MAX(c.caseworker_name) AS CaseworkerName, COUNT(*) AS ActiveCaseCount,
                   (SELECT COUNT(*) FROM leads l WHERE l.caseworker_id = c.caseworker_id) AS LeadCount
            FROM active_cases c WHERE c.department = @Department AND c.caseworker_id IS NOT NULL
            GROUP BY c.caseworker_id ORDER BY COUNT(*) DESC, c.caseworker_id
            """, new { Department = department }), ct)).ToList();
        var cap = options.Value.CaseloadCap;
        return TypedResults.Ok(new CaseloadsResponse(department, rows.Select(r =>
            new CaseloadSummary(r.CaseworkerId, r.CaseworkerName, department, r.ActiveCaseCount, r.LeadCount, cap, r.ActiveCaseCount > cap)).ToList()));
    }

    private sealed class CaseloadRow
    {
        public string CaseworkerId { get; set; } = "";
        public string? CaseworkerName { get; set; }
        public int ActiveCaseCount { get; set; }
        public int LeadCount { get; set; }
    }

    public static async Task<Results<Ok<CaseloadResponse>, ValidationProblem, ProblemHttpResult>> Get(
        HttpContext http, string caseworkerId, [AsParameters] CaseloadQuery query, IOptions<LeadOptions> options, TimeProvider time, HubMetrics metrics,
        [FromKeyedServices(CoordinationModule.DatabaseName)] ModuleDatabase database, CancellationToken ct)
    {
        if (!Identifiers.IsValid(caseworkerId)) return ApiProblems.Invalid("caseworkerId", $"'caseworkerId' must be {Identifiers.Rule}.");
        if (query.Offset is < 0) return ApiProblems.Invalid("offset", "'offset' must not be negative.");
        if (query.Limit is < 1 or > MaxPageSize) return ApiProblems.Invalid("limit", $"'limit' must be between 1 and {MaxPageSize}.");

        var department = http.User.DepartmentOf()!;
        var (purpose, problem) = Purpose.Of(http);
        if (purpose is null) return AccessLog.InvalidPurpose(problem!);

        var (offset, limit) = (query.Offset ?? 0, query.Limit ?? DefaultPageSize);
        var now = time.GetUtcNow();
        var args = new { CaseworkerId = caseworkerId, Department = department };
        var (cases, leads) = await database.ReadAsync(async read => (
            (await read.QueryAsync<CaseloadCase>(
            """
            SELECT case_id AS CaseId, department AS Department, case_type AS CaseType, citizen_id AS CitizenId, opened_at AS OpenedAt
            FROM active_cases WHERE department = @Department AND caseworker_id = @CaseworkerId ORDER BY opened_at, case_id
            """, args)).ToList(),
            (await read.QueryAsync<CaseloadLead>(
            """
            SELECT citizen_id AS CitizenId, department AS Department, case_id AS CaseId, since AS Since
            FROM leads WHERE department = @Department AND caseworker_id = @CaseworkerId ORDER BY since, citizen_id
            """, args)).ToList()), ct);
        var pageOfCases = cases.Skip(offset).Take(limit).ToList();
        var pageOfLeads = leads.Skip(offset).Take(limit).ToList();
        // One access-log row per citizen shown, durable before the page is answered.
        var shown = pageOfCases.Select(c => c.CitizenId).Concat(pageOfLeads.Select(l => l.CitizenId)).Distinct().ToList();
        await database.WriteAsync(async log =>
        {
            foreach (var citizenId in shown) await AccessLog.AppendAsync(log, http.User, citizenId, "caseload", purpose, now);
        }, ct);
        metrics.AccessLogged(shown.Count);
        var cap = options.Value.CaseloadCap;
        return TypedResults.Ok(new CaseloadResponse(caseworkerId, pageOfCases, cases.Count, pageOfLeads, cap, cases.Count > cap, department, leads.Count, offset, limit));
    }
}
